package io.parley.site;

import java.time.OffsetDateTime;

public record VersionedSettings(int version, SiteSettings settings, String changedBy, OffsetDateTime changedAt) {
}
