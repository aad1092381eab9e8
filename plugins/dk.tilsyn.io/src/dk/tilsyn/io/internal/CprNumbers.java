package dk.tilsyn.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What looks like a CPR number (docs/CASE-DATA.md): 10 digits DDMMYYXXXX, with or without a hyphen
 * after the sixth, not inside a longer number, whose first six digits are a date. A spreadsheet
 * cell holding it as a number has lost the leading zero of days 01–09: 9 digits there count too.
 */
final class CprNumbers {
	private static final Pattern CPR = Pattern.compile("(?<![0-9])(\\d{2})(\\d{2})(\\d{2})-?\\d{4}(?![0-9])");
	private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

	private CprNumbers() {
	}

	/** Whether the value holds a CPR number; {@code number}: the value is a spreadsheet's number, as digits. */
	static boolean in(String value, boolean number) {
		String text = value.trim();
		if (number && NINE_DIGITS.matcher(text).matches() && in("0" + text)) {
			return true;
		}
		return in(text);
	}

	private static boolean in(String value) {
		Matcher m = CPR.matcher(value);
		while (m.find()) {
			if (validDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean validDate(int day, int month, int yy) {
		// the century is not in the number; a day valid in either candidate year counts
		for (int year : new int[] { 1900 + yy, 2000 + yy }) {
			try {
				LocalDate.of(year, month, day);
				return true;
			} catch (DateTimeException e) {
				// try the other century
			}
		}
		return false;
	}
}
