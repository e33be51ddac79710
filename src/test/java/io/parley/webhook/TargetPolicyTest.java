package io.parley.webhook;

import io.parley.site.InvalidSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetPolicyTest {

    final TargetPolicy strict = new TargetPolicy(false);

    @Test
    void loopbackPrivateLinkLocalAndOtherInternalTargetsAreRefusedByDefault() {
        for (String url : new String[]{"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/",
                "http://172.16.0.9/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/", "http://100.64.0.1/"}) {
            assertThatThrownBy(() -> strict.check(url)).as(url).isInstanceOf(InvalidSettings.class)
                    .hasMessageContaining("refused");
        }
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoCredentials() {
        for (String url : new String[]{"ftp://example.com/", "file:///etc/passwd", "example.com/hook", "",
                "https://user:pw@example.com/"}) {
            assertThatThrownBy(() -> strict.check(url)).as(url).isInstanceOf(InvalidSettings.class);
        }
    }

    /** Found by the hostile-client sweep: https://203.0.113.10:99999/ was registered (201) and could never be delivered. */
    @Test
    void aPortOutsideTcpsRangeIsRefusedNamingIt() {
        for (TargetPolicy policy : new TargetPolicy[]{strict, new TargetPolicy(true)}) {
            for (String url : new String[]{"https://93.184.216.34:99999/", "http://93.184.216.34:0/", "http://127.0.0.1:65536/"}) {
                assertThatThrownBy(() -> policy.check(url)).as(url).isInstanceOf(InvalidSettings.class)
                        .hasMessageContaining("is not a TCP port");
            }
        }
        assertThat(strict.check("https://93.184.216.34:65535/").getPort()).isEqualTo(65535);
    }

    @Test
    void publicAddressesPassAndConfigurationAllowsLoopback() {
        assertThat(strict.check("https://93.184.216.34/hooks/parley").getHost()).isEqualTo("93.184.216.34");
        assertThat(new TargetPolicy(true).check("http://127.0.0.1:9/x").getPort()).isEqualTo(9);
    }
}
