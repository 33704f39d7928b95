package org.disclosuredesk.agency;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface AgencyRepository extends ListCrudRepository<Agency, Long> {

    List<Agency> findByParentIdOrderBySortOrderAscNameAsc(Long parentId);

    @Query("SELECT * FROM agency WHERE parent_id IS NULL ORDER BY sort_order, name")
    List<Agency> findRoots();

    Optional<Agency> findFirstByName(String name);

    @Query("SELECT COUNT(*) > 0 FROM agency_closure WHERE ancestor_id = :ancestor AND descendant_id = :descendant")
    boolean isInSubtree(@Param("ancestor") long ancestorId, @Param("descendant") long descendantId);

    @Query("""
            SELECT a.* FROM agency a JOIN agency_closure c ON c.ancestor_id = a.id
            WHERE c.descendant_id = :id ORDER BY c.distance DESC""")
    List<Agency> findPathTo(@Param("id") long agencyId);

    @Query("SELECT COUNT(*) FROM agency_closure WHERE ancestor_id = :id")
    long countSubtree(@Param("id") long agencyId);
}
