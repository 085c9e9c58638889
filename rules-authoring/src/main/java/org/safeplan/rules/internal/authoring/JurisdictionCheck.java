package org.safeplan.rules.internal.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.safeplan.rules.internal.catalog.Problems;

/**
 * The jurisdictions of a content folder, read as the engine reads them, with what only
 * {@code validate} checks: a pack file the manifest does not list, sources against the inventory,
 * numbers against libphonenumber (warnings), packs past their review date (warnings), and partners'
 * packs added as {@code --jurisdictions} adds them.
 */
final class JurisdictionCheck {

    private JurisdictionCheck() {
    }

    /**
     * The content's own jurisdictions, and with partners' packs added.
     *
     * @param own what the content brings, against which its translations are checked
     * @param withPartners {@code own} with the partners' packs, against which the texts' lengths are checked
     */
    record Read(Jurisdictions own, Jurisdictions withPartners) {
    }

    /** The jurisdictions, if they have no problem; every problem and warning goes to {@code findings}. */
    static Optional<Read> read(ContentFolder content, List<Path> partnerPacks, Optional<Inventory> inventory,
                               Findings findings) {
        ContentManifest m = content.manifest();
        boolean present = m.hasPacks() ? content.folder("jurisdictions", m.jurisdictions()).isPresent()
                : content.required("jurisdictions", m.jurisdictions()).isPresent();
        if (!present) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Problems problems = new Problems();
        Jurisdictions read = Jurisdictions.read(m, name -> open(content.root(), name), problems, today);
        if (m.hasPacks()) {
            unlistedPacks(content, findings);
        }
        List<JurisdictionPack> partners = partners(partnerPacks, problems);
        PackChecks checks = new PackChecks(findings);
        List<JurisdictionPack> all = new ArrayList<>(read.packs().values());
        all.addAll(partners);
        for (JurisdictionPack pack : all) {
            inventory.ifPresent(i -> checks.sourcesAgainstInventory(pack, i));
            checks.plausibleNumbers(pack);
        }
        Jurisdictions merged = read;
        try {
            merged = read.with(partners, today);
        } catch (ContentException e) {
            problems.add(e);
        }
        merged.warnings().forEach(findings::warn);
        partners.forEach(pack -> languagesLacking(pack, read, findings));
        findings.addAll(problems);
        return problems.isEmpty() ? Optional.of(new Read(read, merged)) : Optional.empty();
    }

    /**
     * A partner's pack without the wording of one of the content's languages is no error: answers in
     * that language fall back to English there, whole, and say so. A reviewer should know, though.
     */
    private static void languagesLacking(JurisdictionPack pack, Jurisdictions content, Findings findings) {
        Jurisdictions alone;
        try {
            alone = content.with(List.of(pack), LocalDate.MIN);
        } catch (ContentException refused) {
            return;             // reported with the pack's other problems
        }
        for (String language : content.languages()) {
            List<String> lacking = Jurisdictions.PLACEHOLDERS.stream()
                    .filter(p -> !alone.values(pack.country(), language).containsKey(p)).toList();
            if (!lacking.isEmpty()) {
                findings.warn(pack.file(), pack.line().getOrDefault("name", 1), "the pack for " + pack.country()
                        + " has no " + language + " wording for {" + String.join("}, {", lacking) + "}: answers in "
                        + language + " fall back to English there; add " + language + " to the pack's names to serve it");
            }
        }
    }

    private static List<JurisdictionPack> partners(List<Path> files, Problems problems) {
        List<JurisdictionPack> packs = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                packs.add(JurisdictionPack.read(file.toString(), in));
            } catch (ContentException e) {
                problems.add(e);
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
            }
        }
        return packs;
    }

    /** A pack file in the folder that content.yaml does not list would silently not be loaded. */
    private static void unlistedPacks(ContentFolder content, Findings findings) {
        ContentManifest m = content.manifest();
        Path folder = content.root().resolve(m.jurisdictions());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String country = name.replaceFirst("\\.yaml$", "");
                if (name.endsWith(".yaml") && !name.equals(Jurisdictions.DEFAULTS_FILE) && !m.packs().contains(country)) {
                    findings.add(content.name(file), 0, "this pack is not loaded: content.yaml lists the packs in"
                            + " 'jurisdictions: packs', add " + country + " there (or delete the file)");
                }
            }
        } catch (IOException e) {
            findings.add(m.jurisdictions(), 0, "cannot be read: " + e.getMessage());
        }
    }

    private static InputStream open(Path root, String name) throws IOException {
        Path file = root.resolve(name).normalize();
        return file.startsWith(root.normalize()) && Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }
}
