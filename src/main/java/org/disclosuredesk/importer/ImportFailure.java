package org.disclosuredesk.importer;

/** Why a file could not be imported: a stable machine code plus a message in both languages. */
public enum ImportFailure {
    EMPTY_FILE("文件为空。", "The file is empty."),
    TOO_LARGE("文件超过 20 MB 上限，未读取。", "The file exceeds the 20 MB limit and was not read."),
    BINARY("文件不是文本、PDF、HTML 或 DOCX 文档，无法识别其内容。",
            "The file is not a text, PDF, HTML or DOCX document; its content cannot be recognised."),
    UNSUPPORTED_FORMAT("不支持该文件格式（请使用 PDF、HTML、DOCX 或 TXT）。",
            "This file format is not supported (use PDF, HTML, DOCX or TXT)."),
    SCANNED_PDF("该 PDF 没有文字层（可能是扫描件），无法提取文字；请先进行文字识别（OCR）。",
            "This PDF has no text layer (probably a scan); run OCR on it first."),
    UNREADABLE_DOCUMENT("文档已损坏或加密，无法读取。", "The document is damaged or encrypted and cannot be read."),
    ENCODING("无法识别文本编码（既不是 UTF-8 也不是 GB18030/GBK）。",
            "The text encoding cannot be recognised (neither UTF-8 nor GB18030/GBK)."),
    NOT_A_REPORT("该文档不是政府信息公开工作年度报告：未找到年报标题或统计表格。",
            "This document is not a government information disclosure annual report: no report title or tables found."),
    IO_ERROR("读取文件失败。", "The file could not be read.");

    private final String messageZh;
    private final String messageEn;

    ImportFailure(String messageZh, String messageEn) {
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String code() {
        return name();
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
