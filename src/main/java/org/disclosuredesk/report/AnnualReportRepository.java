package org.disclosuredesk.report;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

/** The report aggregate's store; package-private: other features go through {@link ReportService}. */
interface AnnualReportRepository extends ListCrudRepository<AnnualReport, Long> {

    Optional<AnnualReport> findByAgencyIdAndReportYear(long agencyId, int reportYear);
}
