package org.disclosuredesk.agency;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("agency")
public class Agency {
    @Id
    private Long id;
    private Long parentId;
    private String name;
    private AgencyKind kind;
    private int depth;
    private int sortOrder;
    /** The first year the agency reports for; null: every year. */
    private Integer reportsFrom;
    @Version
    private Long version;

    @PersistenceCreator
    Agency(Long id, Long parentId, String name, AgencyKind kind, int depth, int sortOrder, Integer reportsFrom,
           Long version) {
        this.reportsFrom = reportsFrom;
        this.id = id;
        this.parentId = parentId;
        this.name = name;
        this.kind = kind;
        this.depth = depth;
        this.sortOrder = sortOrder;
        this.version = version;
    }

    public static Agency root(String name, AgencyKind kind) {
        return new Agency(null, null, name, kind, 0, 0, null, null);
    }

    public static Agency childOf(Agency parent, String name, AgencyKind kind, int sortOrder) {
        return new Agency(null, parent.getId(), name, kind, parent.getDepth() + 1, sortOrder, null, null);
    }

    /** A new agency that reports from {@code firstYear} on (not before it existed). */
    public static Agency childOf(Agency parent, String name, AgencyKind kind, int sortOrder, int firstYear) {
        return new Agency(null, parent.getId(), name, kind, parent.getDepth() + 1, sortOrder, firstYear, null);
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public int getDepth() {
        return depth;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Integer getReportsFrom() {
        return reportsFrom;
    }

    /** Whether the agency is expected to report for the year. */
    public boolean reportsFor(int year) {
        return kind != AgencyKind.REGION && (reportsFrom == null || reportsFrom <= year);
    }

    void setReportsFrom(Integer reportsFrom) {
        this.reportsFrom = reportsFrom;
    }

    public Long getVersion() {
        return version;
    }

    /** Same agency when the same stored id (grids and trees compare items this way). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Agency other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
