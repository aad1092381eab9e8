package dk.tilsyn.io.tests;

import java.util.List;
import java.util.stream.Stream;

import dk.tilsyn.io.EventDeclaration;
import dk.tilsyn.io.EventDeclaration.Precision;
import dk.tilsyn.io.EventDeclaration.ValueKind;

/**
 * Events for the tests of file shapes, times and limits: declared by name only, each taking any
 * value and a date with or without a time of day, so that those tests are about the files
 * ({@link EventDeclarationsTest} is about declarations).
 */
final class ReferenceEvents {
	/** The reference concept's events by name. */
	static final List<EventDeclaration> NAMES = named("underretning_modtaget", "underretning_vurderet",
			"kvittering_sendt", "undersoegelse_besluttet", "undersoegelse_afsluttet", "foranstaltning_afgjort",
			"foranstaltning_ivaerksat", "handleplan_udarbejdet", "boernesamtale", "opfoelgning", "tilsynsbesoeg",
			"opfoelgningsrytme_besluttet");

	private ReferenceEvents() {
	}

	static List<EventDeclaration> named(String... names) {
		return Stream.of(names)
				.map(name -> new EventDeclaration(name, Precision.DATE_TIME, true, ValueKind.TEXT, List.of())).toList();
	}
}
