package dev.directory.web.upload;

import io.micronaut.core.annotation.Nullable;

/**
 * The upload page: the form to upload, a preview, or what a confirmed upload did.
 *
 * @param problem the key of the words saying why no file was taken
 */
public record UploadView(
    @Nullable UploadViews.Preview preview,
    @Nullable UploadViews.Applied applied,
    @Nullable String problem) {}
