package org.disclosuredesk.importer;

import java.util.List;

/** Printed values with no label text between them: one table row, or part of one, or several run together. */
record ValueGroup(List<NumberToken> tokens) {

    ValueGroup {
        tokens = List.copyOf(tokens);
    }

    int streamPos() {
        return tokens.getFirst().streamPos();
    }

    int start() {
        return tokens.getFirst().start();
    }

    int end() {
        return tokens.getLast().end();
    }

    int firstLine() {
        return tokens.getFirst().line();
    }

    /** At least one value per token. */
    int minValues() {
        return tokens.size();
    }

    int maxValues() {
        return tokens.stream().mapToInt(NumberToken::maxValues).sum();
    }

    /** Could this group be a row of {@code width} cells, allowing two cells lost in extraction? */
    boolean canFill(int width) {
        int trailingEmpty = 0;
        for (int i = tokens.size() - 1; i >= 0 && tokens.get(i).kind() == NumberToken.Kind.EMPTY_CELL; i--) {
            trailingEmpty++;
        }
        return minValues() - trailingEmpty <= width && maxValues() >= width - Math.min(2, width - 1);
    }
}
