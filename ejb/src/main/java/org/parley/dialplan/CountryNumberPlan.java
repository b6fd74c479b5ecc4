package org.parley.dialplan;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@link NumberPlan} of one country, on Google's libphonenumber. Pure: extensions are asked of a predicate. */
public final class CountryNumberPlan implements NumberPlan {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT_NUMBERS = ShortNumberInfo.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.\\-/()\\[\\]]");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{1,32}");
    private static final String UNKNOWN_REGION = "ZZ";

    private final String country;
    private final int countryCode;
    private final Predicate<String> isExtension;

    /**
     * @param country     ISO 3166 alpha-2 code, any case
     * @param isExtension whether a string of digits is an existing extension
     * @throws IllegalArgumentException when libphonenumber does not know the country
     */
    public CountryNumberPlan(String country, Predicate<String> isExtension) {
        Objects.requireNonNull(country, "country");
        this.country = country.strip().toUpperCase(Locale.ROOT);
        if (!NUMBERS.getSupportedRegions().contains(this.country)) {
            throw new IllegalArgumentException("unknown country code '" + country
                    + "' (use an ISO 3166 alpha-2 code such as FR, US, DE, GB)");
        }
        this.countryCode = NUMBERS.getCountryCodeForRegion(this.country);
        this.isExtension = Objects.requireNonNull(isExtension, "isExtension");
    }

    @Override
    public DialedNumber parse(String dialed) {
        String input = dialed == null ? "" : dialed;
        String cleaned = clean(input);
        if (!DIGITS.matcher(cleaned).matches()) {
            return new DialedNumber(input, NumberClass.INVALID, cleaned);
        }
        if (cleaned.charAt(0) != '+') {
            if (SHORT_NUMBERS.isEmergencyNumber(cleaned, country)) {
                return new DialedNumber(input, NumberClass.EMERGENCY, cleaned);
            }
            if (isExtension.test(cleaned)) {
                return new DialedNumber(input, NumberClass.INTERNAL, cleaned);
            }
        }
        return valid(cleaned)
                .map(n -> new DialedNumber(input, isInternational(n) ? NumberClass.INTERNATIONAL : NumberClass.NATIONAL,
                        e164(n)))
                .orElseGet(() -> new DialedNumber(input, NumberClass.INVALID, cleaned));
    }

    @Override
    public Optional<String> toE164(String number) {
        String cleaned = clean(number == null ? "" : number);
        if (!DIGITS.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        Optional<PhoneNumber> parsed = valid(cleaned);
        if (parsed.isEmpty() && cleaned.charAt(0) != '+') {
            parsed = valid("+" + cleaned); // E.164 without its plus, as some carriers send DIDs
        }
        return parsed.map(CountryNumberPlan::e164);
    }

    @Override
    public String country() {
        return country;
    }

    @Override
    public boolean isInternational(String e164) {
        if (e164 == null || !e164.startsWith("+")) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
        try {
            return isInternational(NUMBERS.parse(e164, UNKNOWN_REGION));
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not an E.164 number: " + e164, e);
        }
    }

    private boolean isInternational(PhoneNumber number) {
        String region = NUMBERS.getRegionCodeForNumber(number);
        if (region == null || UNKNOWN_REGION.equals(region) || !NUMBERS.getSupportedRegions().contains(region)) {
            return number.getCountryCode() != countryCode; // global services (+800 …) or an unassigned range
        }
        return !region.equals(country);
    }

    private Optional<PhoneNumber> valid(String cleaned) {
        try {
            PhoneNumber number = NUMBERS.parse(cleaned, country);
            return NUMBERS.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty(); // not a number at all: the caller answers INVALID / empty
        }
    }

    private static String clean(String input) {
        return SEPARATORS.matcher(input.strip()).replaceAll("");
    }

    private static String e164(PhoneNumber number) {
        return NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    @Override
    public String toString() {
        return "CountryNumberPlan[" + country + " +" + countryCode + "]";
    }
}
