package org.disclosuredesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;

/**
 * Asks before a step that cannot simply be taken back (submit, approve, publish, disable a user): says what
 * will happen and what is still open, and runs the step only on an explicit yes.
 */
public final class ConfirmDialog {

    private ConfirmDialog() {
    }

    /**
     * @param title       what the step is, e.g. "公开发布"
     * @param consequence what will happen
     * @param open        what is still open (e.g. outstanding warnings), each a line; may be empty
     * @param confirm     the confirming button's label
     * @param danger      whether the step takes something away (the button is then red)
     */
    public static Dialog ask(String title, String consequence, List<String> open, String confirm, boolean danger,
                             Runnable onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setId("confirm-dialog");
        dialog.setHeaderTitle(title);
        dialog.setMaxWidth("36rem");
        Paragraph what = new Paragraph(consequence);
        what.setId("confirm-consequence");
        dialog.add(what);
        for (String line : open) {
            Paragraph p = new Paragraph(line);
            p.addClassName("confirm-open");
            dialog.add(p);
        }
        Button cancel = new Button(dialog.getTranslation("confirm.cancel"), e -> dialog.close());
        cancel.setId("confirm-cancel");
        Button ok = new Button(confirm, e -> {
            dialog.close();
            onConfirm.run();
        });
        ok.setId("confirm-ok");
        ok.addThemeVariants(danger ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(cancel, ok);
        buttons.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        buttons.setWidthFull();
        dialog.add(buttons);
        dialog.open();
        return dialog;
    }
}
