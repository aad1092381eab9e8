package dk.tilsyn.io.tests;

import java.util.ArrayList;
import java.util.List;

import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;

/** Every field of every case and its events, one line each, for comparing whole records with a readable diff. */
final class Records {
	private Records() {
	}

	static List<String> of(List<Case> cases) {
		List<String> lines = new ArrayList<>();
		for (Case c : cases) {
			lines.add(String.join(" | ", "case", c.getId(), c.getUnit(), c.getCaseworker(), String.valueOf(c.getBirthDate()),
					String.valueOf(c.getSiblingGroup()), String.valueOf(c.getFlags())));
			for (CaseEvent e : c.getEvents()) {
				lines.add(String.join(" | ", "  event", e.getName(), String.valueOf(e.getDate()), String.valueOf(e.getTime()),
						String.valueOf(e.getValue())));
			}
		}
		return lines;
	}
}
