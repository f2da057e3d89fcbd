package io.gatehouse.web.export;

/** An export that was allowed and rendered: the PDF, the file name to offer it under, and what is left of the quota. */
public record ExportedPdf(byte[] pdf, String fileName, ExportQuota quota) {

    public static final String CONTENT_TYPE = "application/pdf";

    /** The Content-Disposition that makes browsers save it under its name. */
    public String contentDisposition() {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
