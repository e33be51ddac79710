package io.parley.moderation;

import io.parley.site.AuthorRules;
import io.parley.site.SiteSettings;
import io.parley.site.Thresholds;
import io.parley.site.VersionedSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The trust rules by author, on the policy alone: which rule fires, and that it is the recorded reason. */
class AuthorRulesPolicyTest {

    /** insult: hold 0.5, reject 0.9; first 2 comments held; 2 rejections in 30 days hold; trusted after 3 published. */
    static VersionedSettings rules(AuthorRules r) {
        return new VersionedSettings(4, new SiteSettings(Map.of("insult", new Thresholds(0.5, 0.9)), Map.of(), List.of(),
                false, "hold", "score", r), "owner", null);
    }

    static final VersionedSettings ALL = rules(new AuthorRules(2, 2, 3, 30));

    static AuthorStanding author(boolean verified, int earlier, int published, int rejected, boolean marked, String suspension) {
        return new AuthorStanding(false, verified, earlier, published, rejected, marked, suspension);
    }

    static Verdict decide(VersionedSettings s, double insult, AuthorStanding a) {
        return ModerationPolicy.decide(s, ModerationPolicyTest.scores(insult, null), a, Map.of());
    }

    @Test
    void aNewAuthorsFirstCommentsAreHeldWithTheRuleAsReason() {
        assertThat(decide(ALL, 0.1, author(true, 0, 0, 0, false, null)).reasons())
                .containsExactly(new Reason("new-author", null, 1.0, 2.0, "hold", 4));
        assertThat(decide(ALL, 0.1, author(false, 1, 1, 0, false, null)).status()).isEqualTo(CommentStatus.HELD);
        // the third comment is past the pre-moderation
        assertThat(decide(ALL, 0.1, author(true, 2, 2, 0, false, null)).status()).isEqualTo(CommentStatus.PUBLISHED);
        // an anonymous comment has no history to show: it counts as new
        Verdict anon = decide(ALL, 0.1, new AuthorStanding(true, false, 0, 0, 0, false, null));
        assertThat(anon.reasons()).extracting(Reason::rule).containsExactly("new-author");
        // off: the same comment is published
        assertThat(decide(rules(AuthorRules.OFF), 0.1, author(true, 0, 0, 0, false, null)).status())
                .isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void anAuthorWithRecentRejectionsIsHeld() {
        Verdict v = decide(ALL, 0.1, author(true, 10, 5, 2, false, null));
        assertThat(v.status()).isEqualTo(CommentStatus.HELD);
        assertThat(v.reasons()).containsExactly(new Reason("recent-rejections", null, 2.0, 2.0, "hold", 4));
        assertThat(decide(ALL, 0.1, author(true, 10, 5, 1, false, null)).status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void aTrustedAuthorSkipsTheHoldBandButNotTheRejectThreshold() {
        AuthorStanding trusted = author(true, 5, 3, 0, false, null);
        Verdict band = decide(ALL, 0.7, trusted);
        assertThat(band.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(band.reasons()).containsExactly(new Reason("trusted-author", null, 0.7, 0.5, "publish", 4));
        Verdict over = decide(ALL, 0.95, trusted);
        assertThat(over.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(over.reasons()).extracting(Reason::rule).containsExactly("label");
        // not trusted yet (2 published), or a rejection in the window: held by the label
        assertThat(decide(ALL, 0.7, author(true, 5, 2, 0, false, null)).status()).isEqualTo(CommentStatus.HELD);
        assertThat(decide(ALL, 0.7, author(true, 5, 9, 1, false, null)).status()).isEqualTo(CommentStatus.HELD);
        // marked trusted by the owner: trusted with no history, not held as new either
        assertThat(decide(ALL, 0.7, author(true, 0, 0, 0, true, null)).reasons()).extracting(Reason::rule)
                .containsExactly("trusted-author");
        // the automatic rule is off with trustAfter 0, an owner's mark still counts
        VersionedSettings noAuto = rules(new AuthorRules(0, 0, 0, 30));
        assertThat(decide(noAuto, 0.7, author(true, 50, 50, 0, false, null)).status()).isEqualTo(CommentStatus.HELD);
        assertThat(decide(noAuto, 0.7, author(true, 50, 50, 0, true, null)).status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void aDisplayNameAloneIsNeverTrusted() {
        // anyone can type a regular's name: the same record, unverified, does not skip the hold band
        assertThat(decide(ALL, 0.7, author(false, 5, 30, 0, false, null)).status()).isEqualTo(CommentStatus.HELD);
        assertThat(decide(ALL, 0.7, author(false, 5, 30, 0, true, null)).status()).isEqualTo(CommentStatus.HELD);
    }

    @Test
    void suspensionWinsOverTrust() {
        Verdict held = decide(ALL, 0.1, author(true, 5, 30, 0, true, "hold"));
        assertThat(held.status()).isEqualTo(CommentStatus.HELD);
        assertThat(held.reasons().get(0).rule()).isEqualTo("author-suspended");
        Verdict rejected = decide(ALL, 0.7, author(true, 5, 30, 0, true, "reject"));
        assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(rejected.reasons().get(0)).isEqualTo(new Reason("author-suspended", null, null, null, "reject", 4));
    }

    @Test
    void theOldFirstCommentRuleStillHoldsAFirstCommentOnce() {
        VersionedSettings s = new VersionedSettings(2, new SiteSettings(Map.of("insult", new Thresholds(0.5, 0.9)),
                Map.of(), List.of(), true, "hold", "score", new AuthorRules(3, 0, 0, 30)), "owner", null);
        // both rules would hold it: one reason, the author rule's
        assertThat(decide(s, 0.1, author(true, 0, 0, 0, false, null)).reasons()).extracting(Reason::rule)
                .containsExactly("new-author");
        assertThat(ModerationPolicy.decide(s, ModerationPolicyTest.scores(0.1, null), true).reasons())
                .extracting(Reason::rule).containsExactly("new-author");
    }
}
