package org.disclosuredesk.security;

import org.disclosuredesk.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer asks, without signing in: liveness (the process answers) and readiness (it can serve, the
 * database included). Nothing else of actuator answers, and the probes say nothing about the system.
 */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthProbesHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    HealthEndpointGroups groups;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessAnswerWithoutASessionAndWithoutDetails() throws Exception {
        for (String probe : new String[]{"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> r = get(probe);
            assertThat(r.statusCode()).as(probe).isEqualTo(200);
            assertThat(r.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        // readiness goes down with the database, liveness does not (a restart would not bring the database back)
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void nothingElseOfActuatorIsExposed() throws Exception {
        for (String path : new String[]{"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/metrics", "/actuator/loggers"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.body()).as(path).doesNotContain("spring.datasource").doesNotContain("\"beans\"")
                    .doesNotContain("activeProfiles");
            assertThat(r.statusCode()).as(path).isNotEqualTo(200);
        }
    }
}
