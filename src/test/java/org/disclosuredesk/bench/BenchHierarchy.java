package org.disclosuredesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A national hierarchy of a given size, shaped like the real one: 全国 → 31 provinces → cities →
 * districts/counties, each level with its government and departments, and streets/towns reporting under
 * each district government. Generated depth-first with explicit ids, so id order is tree order.
 */
final class BenchHierarchy {

    record Node(long id, Long parentId, String name, String kind, int depth, int sortOrder, long[] path) {
        boolean reporting() {
            return !"REGION".equals(kind);
        }
    }

    static final int PROVINCES = 31;

    private final List<Node> nodes = new ArrayList<>();
    private final int target;
    private final Random rng = new Random(42);

    private BenchHierarchy(int target) {
        this.target = target;
    }

    static List<Node> generate(int target) {
        BenchHierarchy h = new BenchHierarchy(target);
        Node root = h.add(null, "全国", "REGION", 0);
        // spread the districts so that the target is reached in the last province, not the first
        int perProvince = (target - 1) / PROVINCES;
        for (int p = 1; p <= PROVINCES && !h.full(); p++) {
            int stop = Math.min(target, 1 + p * perProvince);
            Node province = h.add(root, "省" + p, "REGION", p);
            h.add(province, "省" + p + "人民政府", "AGENCY", 0);
            for (int d = 1; d <= 40; d++) {
                h.add(province, "省" + p + "厅局" + d, "AGENCY", d);
            }
            for (int c = 1; h.nodes.size() < stop; c++) {
                Node city = h.add(province, "省" + p + "市" + c, "REGION", 100 + c);
                h.add(city, city.name() + "人民政府", "AGENCY", 0);
                for (int d = 1; d <= 35 && h.nodes.size() < stop; d++) {
                    h.add(city, city.name() + "局" + d, "AGENCY", d);
                }
                for (int k = 1; k <= 10 && h.nodes.size() < stop; k++) {
                    Node district = h.add(city, city.name() + "区" + k, "REGION", 100 + k);
                    Node gov = h.add(district, district.name() + "人民政府", "AGENCY", 0);
                    for (int d = 1; d <= 30 && h.nodes.size() < stop; d++) {
                        h.add(district, district.name() + "局" + d, "AGENCY", d);
                    }
                    int streets = 8 + h.rng.nextInt(11);
                    for (int s = 1; s <= streets && h.nodes.size() < stop; s++) {
                        h.add(gov, district.name() + "街道" + s, "SUB_UNIT", s);
                    }
                }
            }
        }
        return h.nodes;
    }

    private boolean full() {
        return nodes.size() >= target;
    }

    private Node add(Node parent, String name, String kind, int sortOrder) {
        long id = nodes.size() + 1;
        long[] path;
        if (parent == null) {
            path = new long[]{id};
        } else {
            path = java.util.Arrays.copyOf(parent.path(), parent.path().length + 1);
            path[path.length - 1] = id;
        }
        Node n = new Node(id, parent == null ? null : parent.id(), name, kind, parent == null ? 0 : parent.depth() + 1,
                sortOrder, path);
        nodes.add(n);
        return n;
    }
}
