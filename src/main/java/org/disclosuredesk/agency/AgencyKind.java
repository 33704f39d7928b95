package org.disclosuredesk.agency;

/** Levels of the hierarchy: regions contain agencies, agencies may have sub-units. */
public enum AgencyKind {
    /** 省、市、区县 as an area: groups the agencies under it. */
    REGION,
    /** A reporting agency: a people's government or one of its departments. */
    AGENCY,
    /** 街道、乡镇 or another unit reporting under an agency. */
    SUB_UNIT
}
