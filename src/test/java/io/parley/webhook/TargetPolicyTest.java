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

    /**
     * Found by trial8: browsers and curl read 0177.0.0.1, 0x7f.1 and 2130706433 as 127.0.0.1 (WHATWG URL), Java read
     * 0177.0.0.1 as the public 177.0.0.1 and registered it; 0x7f.1 was "no host". Each is now the loopback it means.
     */
    @Test
    void ipv4WrittenInOctalHexOrAsOneNumberIsTheAddressBrowsersReadAndLoopbackIsRefused() {
        for (String url : new String[]{"http://0177.0.0.1/", "http://2130706433/", "http://0x7f.1/", "http://127.1/",
                "http://0x7f000001/", "http://017700000001:8080/x", "http://0x7F.0.0.1./", "http://[::127.0.0.1]/",
                "http://[64:ff9b::a00:1]/", "http://012.1.2.3/"}) {
            assertThatThrownBy(() -> strict.check(url)).as(url).isInstanceOf(InvalidSettings.class)
                    .hasMessageContaining("refused");
        }
        assertThatThrownBy(() -> strict.check("http://0177.0.0.1/")).hasMessageContaining("host 0177.0.0.1 is 127.0.0.1");
        // allowed, the URL stored and delivered to is the address meant, in the dotted form every client reads alike
        TargetPolicy open = new TargetPolicy(true);
        assertThat(open.check("http://0177.0.0.1/hook?a=1").toString()).isEqualTo("http://127.0.0.1/hook?a=1");
        assertThat(open.check("http://0x7f.1:8080/x").toString()).isEqualTo("http://127.0.0.1:8080/x");
        assertThat(open.check("http://2130706433/").toString()).isEqualTo("http://127.0.0.1/");
        // a public address written so is public, and stored dotted
        assertThat(strict.check("https://0x5d.184.55240/hooks").toString()).isEqualTo("https://93.184.215.200/hooks");
        // numbers that are no address are refused by name, not looked up
        for (String url : new String[]{"http://1.2.3.4.5/", "http://256.1.1.1/", "http://09.1.1.1/", "http://1.2.3.256/"}) {
            assertThatThrownBy(() -> open.check(url)).as(url).isInstanceOf(InvalidSettings.class)
                    .hasMessageContaining("is no IPv4 address");
        }
    }
}
