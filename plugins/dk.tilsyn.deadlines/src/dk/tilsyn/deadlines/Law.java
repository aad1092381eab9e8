package dk.tilsyn.deadlines;

import java.time.LocalDate;

/** A law version and the dates it is in force; null bounds are open. */
public record Law(String id, String title, LocalDate validFrom, LocalDate validTo) {

	public boolean covers(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}
}
