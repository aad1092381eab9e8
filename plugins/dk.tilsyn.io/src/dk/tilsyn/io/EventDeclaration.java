package dk.tilsyn.io;

import java.util.List;

/**
 * An event the concept declares ({@code hændelse NAME dato|tidspunkt [gentages] [værdi ...]}),
 * as an import checks the events table against it. The caller builds these from the concept
 * and the libraries it imports; this bundle knows no concept model.
 *
 * @param precision whether the concept counts the event in days or to the minute
 * @param repeats   whether the event may happen more than once ({@code gentages})
 * @param options   the values a {@link ValueKind#CHOICE} allows; empty for the other kinds
 */
public record EventDeclaration(String name, Precision precision, boolean repeats, ValueKind valueKind,
		List<String> options) {

	public EventDeclaration {
		options = options == null ? List.of() : List.copyOf(options);
		if (valueKind == ValueKind.CHOICE && options.isEmpty()) {
			throw new IllegalArgumentException("the choice event " + name + " declares no options");
		}
	}

	/** {@code dato}: a date; {@code tidspunkt}: a date and a time of day. */
	public enum Precision {
		DATE, DATE_TIME
	}

	/** What the {@code value} column may hold for the event. */
	public enum ValueKind {
		/** no {@code værdi}: the value is left empty */
		NONE,
		/** {@code valg (a, b)}: one of the options, written exactly so */
		CHOICE,
		/** {@code tal}: a whole number */
		NUMBER,
		/** {@code tekst}: any text */
		TEXT
	}
}
