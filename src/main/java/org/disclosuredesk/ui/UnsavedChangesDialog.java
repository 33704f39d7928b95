package org.disclosuredesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;

import java.util.function.BooleanSupplier;

/**
 * Asked when a user leaves a page holding unsaved input: stay, leave without saving, or (where the
 * page can save) save and leave. Nothing is lost silently.
 */
public final class UnsavedChangesDialog {

    private UnsavedChangesDialog() {
    }

    /**
     * Postpones the navigation and asks.
     *
     * @param onDiscard called before leaving without saving (the page forgets its input)
     * @param save      saves and tells whether it worked; null when the page offers no "save and leave"
     */
    public static void ask(BeforeLeaveEvent event, Runnable onDiscard, BooleanSupplier save) {
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Dialog dialog = new Dialog();
        dialog.setId("unsaved-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("editor.leave.title"));
        dialog.add(new Paragraph(dialog.getTranslation("editor.leave.text")));
        Button stay = new Button(dialog.getTranslation("editor.leave.stay"), e -> dialog.close());
        stay.setId("leave-stay");
        Button discard = new Button(dialog.getTranslation("editor.leave.discard"), e -> {
            dialog.close();
            onDiscard.run();
            leave.proceed();
        });
        discard.setId("leave-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(stay, discard);
        if (save != null) {
            Button saveAndLeave = new Button(dialog.getTranslation("editor.leave.save"), e -> {
                dialog.close();
                if (save.getAsBoolean()) {
                    leave.proceed();
                }
            });
            saveAndLeave.setId("leave-save");
            saveAndLeave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(saveAndLeave);
        }
        buttons.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        buttons.setWidthFull();
        dialog.add(buttons);
        dialog.open();
    }
}
