package dk.tilsyn.deadlines;

/** N of a time unit, as a lawyer writes it ("24 timer", "4 måneder"). */
public record Duration(int amount, TimeUnit unit) {
	public Duration {
		if (amount < 0) {
			throw new IllegalArgumentException("A duration is not negative: " + amount);
		}
		if (unit == null) {
			throw new IllegalArgumentException("A duration needs a unit");
		}
	}

	public static Duration of(int amount, TimeUnit unit) {
		return new Duration(amount, unit);
	}
}
