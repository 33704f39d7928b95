package org.disclosuredesk.template;

/** The two national template editions. A report records which one it follows. */
public enum Edition {
    /** 国办公开办函〔2019〕60号, report years 2019–2020. */
    E2019("2019", "国办公开办函〔2019〕60号"),
    /** 国办公开办函〔2021〕30号, report years from 2021 on. */
    E2021("2021", "国办公开办函〔2021〕30号");

    private final String code;
    private final String documentNumber;

    Edition(String code, String documentNumber) {
        this.code = code;
        this.documentNumber = documentNumber;
    }

    /** "2019" or "2021", as in the canonical JSON. */
    public String code() {
        return code;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public static Edition forYear(int reportYear) {
        return reportYear <= 2020 ? E2019 : E2021;
    }

    public static Edition fromCode(String code) {
        for (Edition e : values()) {
            if (e.code.equals(code) || e.name().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown template edition: " + code);
    }
}
