package org.disclosuredesk.report;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface AnnualReportRepository extends ListCrudRepository<AnnualReport, Long> {

    Optional<AnnualReport> findByAgencyIdAndReportYear(long agencyId, int reportYear);
}
