package org.safeplan.rules.internal.authoring;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.List;
import java.util.Optional;
import org.safeplan.rules.internal.Suggestions;
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.safeplan.rules.internal.catalog.JurisdictionPack.PrintedNumber;

/**
 * What {@code validate} checks of a jurisdiction pack beyond its form: every inventory id a fact
 * cites is in the inventory (an error), and every number is one its country could have, by
 * libphonenumber's data (a warning: the data lag behind new numbers, and a warning makes a
 * reviewer look again at the source rather than block a pack that is right).
 */
final class PackChecks {

    /** A short number is checked against the country's short numbers; a longer one as a phone number. */
    private static final int LONGEST_SHORT_NUMBER = 6;

    private final Findings findings;

    PackChecks(Findings findings) {
        this.findings = findings;
    }

    /** Inventory ids cited by the pack's facts that the inventory does not have. */
    void sourcesAgainstInventory(JurisdictionPack pack, Inventory inventory) {
        pack.sources().forEach((path, sources) -> {
            for (String source : sources) {
                if (!source.startsWith("https://") && !inventory.contains(source)) {
                    findings.add(pack.file(), pack.line().getOrDefault(path, 1), "field \"" + path + "\": source "
                            + source + " is not in " + inventory.file() + Suggestions.didYouMean(source, inventory.ids()));
                }
            }
        });
    }

    /** A warning for each number that is not a plausible emergency or helpline number of the pack's country. */
    void plausibleNumbers(JurisdictionPack pack) {
        for (PrintedNumber n : pack.numbers()) {
            implausibility(n, pack).ifPresent(why -> findings.warn(pack.file(),
                    pack.line().getOrDefault(n.path(), 1), "field \"" + n.path() + "\": " + Suggestions.quote(n.number())
                            + " " + why + ": check it against its source"));
        }
    }

    /** Why the number is not plausible for the pack's country, if it is not. */
    static Optional<String> implausibility(PrintedNumber n, JurisdictionPack pack) {
        String country = pack.country();
        String digits = PhoneNumberUtil.normalizeDigitsOnly(n.number());
        return switch (n.kind()) {
            case "emergency" -> ShortNumberInfo.getInstance().isEmergencyNumber(n.number(), country) ? Optional.empty()
                    : Optional.of("is not an emergency number of " + country + " in libphonenumber's data");
            case "letters" -> letters(n, pack);
            default -> digits.length() <= LONGEST_SHORT_NUMBER ? shortNumber(n.number(), country)
                    : phoneNumber(n.number(), country);
        };
    }

    private static Optional<String> shortNumber(String number, String country) {
        Optional<PhoneNumber> parsed = parse(number, country);
        return parsed.isPresent() && ShortNumberInfo.getInstance().isValidShortNumberForRegion(parsed.get(), country)
                ? Optional.empty() : Optional.of("is not a short number of " + country + " in libphonenumber's data");
    }

    private static Optional<String> phoneNumber(String number, String country) {
        Optional<PhoneNumber> parsed = parse(number, country);
        return parsed.isPresent() && PhoneNumberUtil.getInstance().isValidNumberForRegion(parsed.get(), country)
                ? Optional.empty() : Optional.of("is not a valid phone number of " + country + " in libphonenumber's data");
    }

    /**
     * A number written with letters (1-800-799-SAFE) must dial the digits it stands beside: letters
     * are turned into the keypad's digits and compared, so a vanity spelling of another number is caught.
     */
    private static Optional<String> letters(PrintedNumber n, JurisdictionPack pack) {
        String dialled = PhoneNumberUtil.normalizeDigitsOnly(PhoneNumberUtil.convertAlphaCharactersInNumber(n.number()));
        String helpline = n.path().substring(0, n.path().lastIndexOf('.'));
        List<String> digits = pack.numbers().stream().filter(m -> m.path().equals(helpline + ".number"))
                .map(m -> PhoneNumberUtil.normalizeDigitsOnly(m.number())).toList();
        return digits.contains(dialled) ? Optional.empty()
                : Optional.of("dials " + dialled + " on a phone keypad, not the helpline's number");
    }

    private static Optional<PhoneNumber> parse(String number, String country) {
        try {
            return Optional.of(PhoneNumberUtil.getInstance().parse(number, country));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
