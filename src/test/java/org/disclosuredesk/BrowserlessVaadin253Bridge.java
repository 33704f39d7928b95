package org.disclosuredesk;

import com.vaadin.flow.server.ServiceDestroyEvent;
import com.vaadin.flow.server.ServiceDestroyListener;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.SessionInitListener;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;

/**
 * Makes browserless-test 1.1.x (the newest on Maven Central) work on Vaadin 25.3.
 * <p>
 * Why: browserless-test fires session-init and service-destroy listeners by reading two private
 * {@code VaadinService} fields reflectively; Vaadin 25.3 moved those listeners into
 * {@code VaadinService.getEventBus()} and deleted the fields. The library looks the fields up lazily
 * (Kotlin {@code by lazy}); we pre-fill those lazies with static fields of this class, whose single
 * listener hands the event to the service's event bus, where 25.3 keeps the real listeners.
 * Remove once a browserless-test release for 25.3 is on Central.
 */
final class BrowserlessVaadin253Bridge {

    static final Collection<SessionInitListener> SESSION_INIT =
            List.of(BrowserlessVaadin253Bridge::fireSessionInit);
    static final Collection<ServiceDestroyListener> SERVICE_DESTROY =
            List.of(BrowserlessVaadin253Bridge::fireServiceDestroy);

    private static boolean installed;

    private BrowserlessVaadin253Bridge() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Class<?> facade = Class.forName("com.vaadin.browserless.internal.MockVaadinKt");
            preset(facade, "_VaadinService_sessionInitListeners$delegate", "SESSION_INIT");
            preset(facade, "_VaadinService_sessionDestroyListeners$delegate", "SERVICE_DESTROY");
            installed = true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("browserless-test internals changed; revisit this bridge", e);
        }
    }

    private static void preset(Class<?> facade, String lazyField, String bridgeField) throws ReflectiveOperationException {
        Field lazyHolder = facade.getDeclaredField(lazyField);
        lazyHolder.setAccessible(true);
        Object lazy = lazyHolder.get(null);
        Field value = lazy.getClass().getDeclaredField("_value");
        value.setAccessible(true);
        Field bridge = BrowserlessVaadin253Bridge.class.getDeclaredField(bridgeField);
        bridge.setAccessible(true);
        value.set(lazy, bridge);
    }

    private static void fireSessionInit(SessionInitEvent event) {
        event.getService().getEventBus().fireEvent(event);
    }

    private static void fireServiceDestroy(ServiceDestroyEvent event) {
        event.getSource().getEventBus().fireEvent(event);
    }
}
