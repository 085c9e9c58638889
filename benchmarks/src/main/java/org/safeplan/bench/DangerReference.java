package org.safeplan.bench;

import java.util.ArrayList;
import java.util.List;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Location;
import org.safeplan.rules.PhoneAccess;
import org.safeplan.rules.Situation;

/**
 * The immediate-danger slice (danger-reaching-help.drl, danger-staying-safe.drl,
 * danger-where-you-are.drl: items 001-1..001-9, 003-1, 003-2, 003-9) hand-written as plain Java:
 * the physical limit the engine is compared with. Returns the recommended action ids in the
 * engine's rank order.
 *
 * <p>Every action of the slice is IMMEDIATE, so the rank is the catalog priority (then id), except
 * that when a survivor cannot speak safely, voice calls go last within the tier; of the slice's
 * three voice calls only {@code call-when-you-can-speak} can fire then, so it is emitted last.
 * The ifs below are written in that fixed order. Drools' null semantics: {@code x == true} is false
 * for unknown, {@code x != false} is true for unknown, {@code not in (...)} is true for unknown.
 * A unit test checks it against the engine loaded with the slice over the slice's whole space.
 */
public final class DangerReference {

    private DangerReference() {
    }

    /** The action ids the slice recommends for {@code s}, in rank order. */
    public static List<String> advise(Situation s) {
        List<String> out = new ArrayList<>(8);
        if (s.getAudience() != Audience.SURVIVOR) {
            return out;
        }
        Boolean dangerValue = s.getImmediateDanger();
        boolean danger = Boolean.TRUE.equals(dangerValue);
        boolean dangerMaybe = !Boolean.FALSE.equals(dangerValue);
        String country = s.getCountry();
        boolean gb = "GB".equals(country);
        boolean us = "US".equals(country);
        boolean police = Boolean.TRUE.equals(s.getPolicePresent());
        Boolean speak = s.getCanSpeakSafely();
        boolean cannotSpeak = Boolean.FALSE.equals(speak);
        Boolean leave = s.getCanLeaveSafely();
        boolean canLeave = Boolean.TRUE.equals(leave);
        boolean cannotLeave = Boolean.FALSE.equals(leave);
        boolean locks = Boolean.TRUE.equals(s.getRoomLocksFromInside());
        boolean exit = Boolean.TRUE.equals(s.getRoomHasExit());
        Location location = s.getLocation();
        boolean atHome = location != Location.GARDEN && location != Location.AWAY_FROM_HOME;
        PhoneAccess phone = s.getPhoneAccess();
        boolean noPhone = phone == PhoneAccess.ELSEWHERE || phone == PhoneAccess.NONE;
        boolean lowBattery = phone == PhoneAccess.LOW_BATTERY;
        // "roomLocksFromInside != true || canLeaveSafely == true": not staying behind a locked door.
        boolean notLockedIn = !locks || canLeave;

        if (danger) {
            if (cannotLeave && !locks && atHome) {
                out.add(cannotSpeak ? "get-to-a-lockable-room" : "get-to-a-lockable-room-and-call"); // 6 / 5
            }
            if (locks && !canLeave && atHome) {
                out.add("lock-the-door"); // 8
            }
        }
        if (dangerMaybe && gb && cannotSpeak && !police) {
            out.add("use-the-silent-solution"); // 10
        }
        if (!danger) {
            if (dangerMaybe && cannotSpeak && !noPhone && !police) {
                out.add("text-your-code-word"); // 12
            }
            if (dangerMaybe && gb && speak == null && !police) {
                out.add("press-the-silent-code-if-you-cannot-speak"); // 33
            }
            if (dangerMaybe && !police && (cannotSpeak || noPhone)) {
                out.add("signal-danger-now"); // 38
            }
            return out;
        }
        if (cannotSpeak && !noPhone && !police) {
            out.add("text-your-code-word"); // 12
        }
        if (notLockedIn) {
            if (location == Location.KITCHEN) {
                out.add("leave-the-kitchen"); // 15
            } else if (location == Location.GARAGE) {
                out.add("leave-the-garage"); // 16
            } else if ((location == Location.CLOSET || location == Location.BATHROOM) && !cannotLeave) {
                out.add("leave-small-rooms"); // 17
            } else if (location == null) {
                out.add("avoid-dangerous-rooms"); // 18
            }
            if (!exit && !cannotLeave && atHome) {
                out.add("move-to-a-room-with-an-exit"); // 20
            }
        }
        if (!police) {
            if (noPhone && location != Location.AWAY_FROM_HOME && (notLockedIn || location == Location.GARDEN)) {
                out.add(us ? "get-to-a-phone-in-the-us" : "get-to-a-phone"); // 25
            }
            if (lowBattery) {
                out.add("use-your-battery-for-help"); // 27
            }
            if (!cannotSpeak) {
                out.add("call-emergency-services"); // 30
            }
            if (gb && speak == null) {
                out.add("press-the-silent-code-if-you-cannot-speak"); // 33
            }
            if (!cannotLeave && location != Location.AWAY_FROM_HOME) {
                out.add("go-to-a-neighbour"); // 35
            }
        }
        if (leave == null && !locks && atHome) {
            out.add("lock-yourself-in-if-you-cannot-get-out"); // 36
        }
        if (!police && (cannotSpeak || noPhone)) {
            out.add("signal-danger-now"); // 38
        }
        if (!lowBattery && !noPhone) {
            out.add("keep-your-phone-on-you"); // 40
        }
        if (!Boolean.FALSE.equals(s.getPerpetratorOnPremises())) {
            out.add("do-what-keeps-you-safe"); // 50
        }
        if (cannotSpeak && !gb && !police) {
            out.add("call-when-you-can-speak"); // 32, but a voice call when the survivor cannot speak: last
        }
        return out;
    }
}
