package dk.tilsyn.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.model.csv.CsvFields;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreStatus;

/**
 * {@code tilsyn status [--store URL] [--format csv|json]}: counts of cases, events, rounds,
 * samples and reviews per round and status. CSV: {@code scope,item,key,count}, scope
 * {@code store} or a round id; a round's lines are its status (key), the level in review
 * (count), sampled units per level and reviews per status.
 */
final class StatusCommand {
	private final PrintStream out;

	StatusCommand(PrintStream out) {
		this.out = out;
	}

	int run(List<String> args) {
		String store = Options.take(args, "--store");
		String format = Options.take(args, "--format");
		Options.noMoreOptions(args);
		if (!args.isEmpty() || format != null && !format.equals("csv") && !format.equals("json")) {
			throw UsageException.usage(Messages.statusUsage);
		}
		StoreStatus status;
		try (ReviewStore opened = ReviewStore.open(store)) {
			status = opened.status();
		}
		if ("json".equals(format)) {
			out.println(json(status));
		} else if ("csv".equals(format)) {
			csv(status);
		} else {
			text(status);
		}
		return Cli.OK;
	}

	/** Round ids are the user's text: a spreadsheet shows them as text ({@link CsvFields#text}). */
	private void csv(StoreStatus s) {
		out.println("scope,item,key,count");
		out.print(CsvFields.line("store", "cases", "", CsvFields.value(s.cases())));
		out.print(CsvFields.line("store", "events", "", CsvFields.value(s.events())));
		s.reviews().forEach((k, v) -> out.print(CsvFields.line("store", "reviews", CsvFields.value(k), CsvFields.value(v))));
		for (StoreStatus.RoundStatusLine r : s.rounds()) {
			String scope = CsvFields.text(r.round());
			out.print(CsvFields.line(scope, "status", CsvFields.value(r.status()), CsvFields.value(r.reviewLevel())));
			r.sampledUnits().forEach((k, v) -> out.print(CsvFields.line(scope, "sampled_units", CsvFields.value(k), CsvFields.value(v))));
			r.reviews().forEach((k, v) -> out.print(CsvFields.line(scope, "reviews", CsvFields.value(k), CsvFields.value(v))));
		}
	}

	static String json(StoreStatus s) {
		List<String> rounds = new ArrayList<>();
		for (StoreStatus.RoundStatusLine r : s.rounds()) {
			rounds.add("{\"round\":" + quote(r.round()) + ",\"status\":" + quote(r.status()) + ",\"reviewLevel\":"
					+ r.reviewLevel() + ",\"sampledUnits\":" + object(r.sampledUnits()) + ",\"reviews\":"
					+ object(r.reviews()) + "}");
		}
		return "{\"location\":" + quote(s.location()) + ",\"cases\":" + s.cases() + ",\"events\":" + s.events()
				+ ",\"reviews\":" + object(s.reviews()) + ",\"rounds\":[" + String.join(",", rounds) + "]}";
	}

	private static String object(Map<?, Long> counts) {
		return counts.entrySet().stream().map(e -> quote(String.valueOf(e.getKey())) + ":" + e.getValue())
				.collect(Collectors.joining(",", "{", "}"));
	}

	private static String quote(String text) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			default -> {
				if (c < 0x20) {
					b.append("\\u%04x".formatted((int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.append('"').toString();
	}

	/** For people: one line each, control characters (from round ids) escaped. */
	private void text(StoreStatus s) {
		out.println(Text.escape(NLS.bind(Messages.statusStore, new Object[] { s.location(),
				Text.count(s.cases(), Messages.cases), Text.count(s.events(), Messages.events) })));
		out.println(Text.escape(NLS.bind(Messages.statusReviews, s.reviews().isEmpty() ? "-" : s.reviews().toString())));
		if (s.rounds().isEmpty()) {
			out.println(Messages.statusNoRounds);
		}
		for (StoreStatus.RoundStatusLine r : s.rounds()) {
			out.println(Text.escape(NLS.bind(Messages.statusRound, new Object[] { r.round(),
					r.status() + (r.reviewLevel() > 0 ? " " + r.reviewLevel() : ""), r.sampledUnits(), r.reviews() })));
		}
	}
}
