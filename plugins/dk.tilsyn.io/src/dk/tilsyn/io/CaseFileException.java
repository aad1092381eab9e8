package dk.tilsyn.io;

import java.util.List;
import java.util.stream.Collectors;

/** The case files have problems; nothing was read. Every problem found is listed. */
public class CaseFileException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient List<Problem> problems;

	public CaseFileException(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
