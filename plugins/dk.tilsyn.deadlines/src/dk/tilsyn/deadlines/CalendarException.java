package dk.tilsyn.deadlines;

/** A date the calendar does not cover: it refuses rather than guesses. */
public final class CalendarException extends RuntimeException {
	private static final long serialVersionUID = 1L;
	private final int year;

	public CalendarException(int year, int firstYear, int lastYear) {
		super("The Danish calendar covers the years " + firstYear + "-" + lastYear + ", not " + year
				+ "; its public holidays are not known for that year.");
		this.year = year;
	}

	public int year() {
		return year;
	}
}
