package org.disclosuredesk.opendata.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextField;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.opendata.ApiToken;
import org.disclosuredesk.security.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator issues a token (shown once, stored only as a hash) and revokes it. Rolled back. */
@Transactional
class ApiTokensViewTest extends UiTestBase {

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void issueShowsTheTokenOnceAndRevokeEndsIt() throws Exception {
        UI.getCurrent().navigate("admin/api-tokens");
        find(TextField.class).withId("token-name").single().setValue("开放数据平台");
        ComboBox<UserAdminService.AgencyChoice> agency = find(ComboBox.class).withId("token-agency").single();
        agency.setValue(agency.getListDataView().getItems().filter(a -> a.name().equals("淮安市")).findFirst()
                .orElseThrow());
        new ButtonTester<>(find(Button.class).withId("token-issue").single()).click();

        String secret = find(TextField.class).withId("token-secret").single().getValue();
        assertThat(secret).startsWith("ddk_").hasSizeGreaterThan(40);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ? AND name = '开放数据平台'",
                Integer.class, hash)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Integer.class, secret))
                .as("the token itself is not stored").isZero();

        Grid<ApiToken> grid = find(Grid.class).withId("token-grid").single();
        ApiToken issued = grid.getListDataView().getItems().filter(t -> t.name().equals("开放数据平台")).findFirst()
                .orElseThrow();
        assertThat(issued.active()).isTrue();
        GridTester<Grid<ApiToken>, ApiToken> rows = new GridTester<>(grid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(r -> rows.getRow(r).id() == issued.id())
                .findFirst().orElseThrow();
        new ButtonTester<>((Button) rows.getCellComponent(row, 5)).click();
        new ButtonTester<>(find(Button.class).withId("confirm-ok").single()).click();
        assertThat(jdbc.queryForObject("SELECT revoked_at IS NOT NULL FROM api_token WHERE id = ?", Boolean.class,
                issued.id())).isTrue();
        // the name is required
        find(TextField.class).withId("token-name").single().setValue(" ");
        new ButtonTester<>(find(Button.class).withId("token-issue").single()).click();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token", Integer.class)).isEqualTo(
                jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE name = '开放数据平台'", Integer.class));
    }
}
