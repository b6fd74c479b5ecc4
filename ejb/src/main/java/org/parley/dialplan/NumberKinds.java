package org.parley.dialplan;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which {@link NumberKind}s a dialled number is, with libphonenumber's number types: a national number is
 * {@link NumberKind#MOBILE} or {@link NumberKind#PREMIUM_RATE} when libphonenumber says so, {@link NumberKind#NATIONAL}
 * otherwise (fixed line, toll-free, shared cost, VoIP …); an international premium-rate number is both
 * {@link NumberKind#INTERNATIONAL} and {@link NumberKind#PREMIUM_RATE}. Pure.
 */
public final class NumberKinds {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private NumberKinds() {
    }

    /** The kinds of a parsed number; empty for an invalid one (routing refuses it on its own). */
    public static Set<NumberKind> of(DialedNumber number) {
        return switch (number.numberClass()) {
            case INTERNAL -> EnumSet.of(NumberKind.INTERNAL);
            case EMERGENCY -> EnumSet.of(NumberKind.EMERGENCY);
            case INVALID -> EnumSet.noneOf(NumberKind.class);
            case NATIONAL -> EnumSet.of(nationalKind(typeOf(number.normalized())));
            case INTERNATIONAL -> isPremiumRate(number.normalized())
                    ? EnumSet.of(NumberKind.INTERNATIONAL, NumberKind.PREMIUM_RATE)
                    : EnumSet.of(NumberKind.INTERNATIONAL);
        };
    }

    /** Whether an E.164 number is premium-rate (of any country); false for anything that is not a number. */
    public static boolean isPremiumRate(String e164) {
        return typeOf(e164) == PhoneNumberType.PREMIUM_RATE;
    }

    private static NumberKind nationalKind(PhoneNumberType type) {
        return switch (type) {
            case MOBILE -> NumberKind.MOBILE;
            case PREMIUM_RATE -> NumberKind.PREMIUM_RATE;
            default -> NumberKind.NATIONAL;
        };
    }

    private static PhoneNumberType typeOf(String e164) {
        try {
            return NUMBERS.getNumberType(NUMBERS.parse(e164, "ZZ"));
        } catch (NumberParseException e) {
            return PhoneNumberType.UNKNOWN; // not an E.164 number: no type
        }
    }
}
