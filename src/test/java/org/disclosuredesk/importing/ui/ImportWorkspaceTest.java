package org.disclosuredesk.importing.ui;

import org.disclosuredesk.importer.ImportFailure;
import org.disclosuredesk.importer.ImportNote;
import org.disclosuredesk.importer.SourceFormat;
import org.disclosuredesk.importing.CompressedText;
import org.disclosuredesk.importing.ImportedFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** One user's import list stays within its file and text budget, and what it holds is never changed. */
class ImportWorkspaceTest {

    private static ImportedFile read(String name, String text) {
        return new ImportedFile(ImportedFile.newId(), name, text.length(), SourceFormat.TEXT, "某局", 2020, null, 10,
                0, 0, 0, List.<ImportNote>of(), null, null, CompressedText.of(text));
    }

    /** Text that does not compress: each costs about its length in bytes. */
    private static String noise(int chars, long seed) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            sb.append((char) ('!' + rnd.nextInt(90)));
        }
        return sb.toString();
    }

    @Test
    void beyondTheFileCapANewFileIsRefusedAndTheOldOnesStay() {
        ImportWorkspace workspace = new ImportWorkspace(3, 1024 * 1024);
        List<ImportedFile> first = List.of(read("a.txt", "甲"), read("b.txt", "乙"), read("c.txt", "丙"));
        first.forEach(f -> assertThat(workspace.add(f)).isEqualTo(ImportWorkspace.Added.ADDED));
        assertThat(workspace.add(read("d.txt", "丁"))).isEqualTo(ImportWorkspace.Added.REFUSED);
        assertThat(workspace.all()).extracting(ImportedFile::fileName).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(workspace.get(first.get(0).id()).orElseThrow().source().text()).isEqualTo("甲");
        workspace.clear();
        assertThat(workspace.add(read("d.txt", "丁"))).isEqualTo(ImportWorkspace.Added.ADDED);
    }

    @Test
    void beyondTheTextBudgetTheFileGetsAFailedRowWithoutTextAndTheKeptTextsAreIntact() {
        ImportWorkspace workspace = new ImportWorkspace(100, 8_000);
        String t1 = noise(4_000, 1);
        String t2 = noise(4_000, 2);
        ImportedFile f1 = read("one.txt", t1);
        ImportedFile f2 = read("two.txt", t2);
        assertThat(workspace.add(f1)).isEqualTo(ImportWorkspace.Added.ADDED);
        assertThat(workspace.add(f2)).isEqualTo(ImportWorkspace.Added.ADDED);
        long kept = workspace.keptBytes();
        assertThat(kept).isEqualTo(f1.keptBytes() + f2.keptBytes()).isGreaterThan(6_000).isLessThanOrEqualTo(8_000);

        ImportedFile f3 = read("three.txt", noise(4_000, 3));
        assertThat(workspace.add(f3)).isEqualTo(ImportWorkspace.Added.ADDED_WITHOUT_TEXT);
        ImportedFile row = workspace.get(f3.id()).orElseThrow();
        assertThat(row.succeeded()).isFalse();
        assertThat(row.source()).isNull();
        assertThat(row.failureKey()).isEqualTo("import.failure.SESSION_FULL");
        assertThat(row.importFailure()).contains(ImportFailure.SESSION_FULL);
        assertThat(workspace.keptBytes()).isEqualTo(kept);
        assertThat(workspace.get(f1.id()).orElseThrow().source().text()).isEqualTo(t1);
        assertThat(workspace.get(f2.id()).orElseThrow().source().text()).isEqualTo(t2);
    }
}
