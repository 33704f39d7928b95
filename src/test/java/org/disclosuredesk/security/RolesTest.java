package org.disclosuredesk.security;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The annotation constants and the enum name the same roles, so a rename cannot split them. */
class RolesTest {

    @Test
    void constantsNameExactlyTheRoles() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        for (Field f : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertThat(f.get(null)).as(f.getName()).isEqualTo(f.getName());
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants).isEqualTo(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
    }
}
