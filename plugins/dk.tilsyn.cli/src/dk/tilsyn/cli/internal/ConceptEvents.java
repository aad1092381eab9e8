package dk.tilsyn.cli.internal;

import java.util.ArrayList;
import java.util.List;

import dk.tilsyn.concept.ConceptWithImports;
import dk.tilsyn.io.EventDeclaration;
import dk.tilsyn.io.EventDeclaration.Precision;
import dk.tilsyn.io.EventDeclaration.ValueKind;
import dk.tilsyn.model.concept.ChoiceValue;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Event;
import dk.tilsyn.model.concept.NumberValue;
import dk.tilsyn.model.concept.TextValue;

/**
 * The events a concept and every library it imports declare, as the case-file reader checks
 * them: what {@code import}, {@code sample} and {@code check-deadlines} accept in an events table.
 */
final class ConceptEvents {
	private ConceptEvents() {
	}

	static List<EventDeclaration> of(Concept concept) {
		List<EventDeclaration> declared = new ArrayList<>();
		for (Event event : ConceptWithImports.events(concept)) {
			declared.add(declaration(event));
		}
		return declared;
	}

	private static EventDeclaration declaration(Event event) {
		Precision precision = event.getPrecision() == dk.tilsyn.model.concept.Precision.DATE_TIME ? Precision.DATE_TIME
				: Precision.DATE;
		List<String> options = List.of();
		ValueKind kind = ValueKind.NONE;
		if (event.getValue() instanceof ChoiceValue choice) {
			kind = ValueKind.CHOICE;
			options = choice.getOptions();
		} else if (event.getValue() instanceof NumberValue) {
			kind = ValueKind.NUMBER;
		} else if (event.getValue() instanceof TextValue) {
			kind = ValueKind.TEXT;
		}
		return new EventDeclaration(event.getName(), precision, event.isRepeats(), kind, options);
	}
}
