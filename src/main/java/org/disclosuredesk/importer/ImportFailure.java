package org.disclosuredesk.importer;

/**
 * Why a file could not be imported: a stable machine code plus a message in both languages. The web
 * views show the bundle entry {@link #messageKey()} instead; the messages here serve the command line,
 * which runs without the bundles' framework.
 */
public enum ImportFailure {
    EMPTY_FILE("文件为空。", "The file is empty."),
    TOO_LARGE("文件超过大小上限，未读取。", "The file exceeds the size limit and was not read."),
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
    TOO_MANY_PAGES("文档页数超过上限，未读取。", "The document has more pages than allowed and was not read."),
    TOO_MUCH_TEXT("文档包含的文字远超年报篇幅，未读取。",
            "The document contains far more text than an annual report and was not read."),
    TOO_COMPLEX("文件过于复杂（解压后过大、嵌套过深或读取超时），未读取。",
            "The file is too complex (too large when unpacked, nested too deeply or too slow to read) and was not read."),
    BUSY("服务器正忙于读取其他文件，请稍后重试。", "The server is busy reading other files; please try again shortly."),
    SESSION_FULL("导入列表已满，请先清空列表再导入更多文件。",
            "The import list is full; clear the list before importing more files."),
    IO_ERROR("读取文件失败。", "The file could not be read."),
    INTERNAL_ERROR("读取该文件时发生内部错误，未导入任何内容。",
            "An internal error occurred while reading this file; nothing was imported.");

    private final String messageZh;
    private final String messageEn;

    ImportFailure(String messageZh, String messageEn) {
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String code() {
        return name();
    }

    /** The translation bundles' key for this failure's message. */
    public String messageKey() {
        return "import.failure." + name();
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
