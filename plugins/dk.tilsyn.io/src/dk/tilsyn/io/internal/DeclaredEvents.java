package dk.tilsyn.io.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import dk.tilsyn.io.EventDeclaration;
import dk.tilsyn.io.EventDeclaration.Precision;

/**
 * The events an import knows and what a row of each may hold, as the concept declares them:
 * a value of the event's kind (one of a choice's options, a whole number, any text, or none),
 * and a time of day only for an event the concept counts to the minute. Without declarations
 * every event and value is taken as it is.
 */
final class DeclaredEvents {
	/** A whole number as the concept language writes one; at most 9 digits, so that it fits an int. */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

	/** By name; null: any event, any value. */
	private final Map<String, EventDeclaration> byName;

	DeclaredEvents(Collection<EventDeclaration> declarations) {
		if (declarations == null) {
			byName = null;
		} else {
			byName = new LinkedHashMap<>();
			declarations.forEach(d -> byName.putIfAbsent(d.name(), d));
		}
	}

	boolean knows(String name) {
		return byName == null || byName.containsKey(name);
	}

	/** False for an event the concept counts in days ({@code dato}): its time of day is not kept. */
	boolean keepsTimeOfDay(String name) {
		EventDeclaration declared = byName == null ? null : byName.get(name);
		return declared == null || declared.precision() == Precision.DATE_TIME;
	}

	/**
	 * Why {@code value} (null: empty) does not fit what the concept declares for the event, or
	 * null when it does. An empty value fits every event.
	 */
	Refusal refusal(String name, String value) {
		EventDeclaration declared = byName == null ? null : byName.get(name);
		if (declared == null || value == null) {
			return null;
		}
		return switch (declared.valueKind()) {
		case NONE -> new Refusal(Messages.noValueDeclared, Messages.noValueDeclaredNoValue, "");
		case CHOICE -> declared.options().contains(value) ? null
				: new Refusal(Messages.undeclaredValue, Messages.undeclaredValueNoValue,
						String.join(", ", declared.options()));
		case NUMBER -> WHOLE_NUMBER.matcher(value).matches() ? null
				: new Refusal(Messages.notANumber, Messages.notANumberNoValue, "");
		case TEXT -> null;
		};
	}

	/**
	 * A value the declaration refuses: the message with the value ({0} the value, {1} the event,
	 * {2} what is declared) and the one for a row whose values are not shown ({0} what is declared).
	 */
	record Refusal(String withValue, String withoutValue, String declared) {
	}
}
