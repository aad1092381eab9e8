package dk.tilsyn.store;

/** What an import changed: cases new and changed, events new (re-importing gives zeros). */
public record ImportResult(int newCases, int changedCases, int newEvents) {
}
