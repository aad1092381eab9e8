package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.lang.ConceptFiles;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.StoreUrlException;
import dk.tilsyn.store.StoreLocations;

/**
 * Parses the command line and runs one command. Exit codes (CLI.md): 0 success, 1 the input
 * has errors, 2 usage error, 3 internal error (logged, never a bare stack trace).
 */
public final class Cli {
	public static final int OK = 0;
	public static final int INPUT_ERRORS = 1;
	public static final int USAGE = 2;
	public static final int INTERNAL_ERROR = 3;

	private final PrintStream out;
	private final MessageStream err;

	/** {@code err} gets every message one line each, control characters escaped ({@link MessageStream}). */
	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = MessageStream.of(err);
	}

	public int run(String[] arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		String command = args.isEmpty() ? "" : args.get(0);
		try {
			String lang = Options.take(args, "--lang");
			if (lang != null) {
				if (!lang.equals("da") && !lang.equals("en")) {
					throw new UsageException("--lang: da | en");
				}
				Locale.setDefault(Locale.forLanguageTag(lang));
			}
			if (args.isEmpty() || HELP.contains(args.get(0))) {
				err.printLines(Messages.usage);
				return args.isEmpty() ? USAGE : OK;
			}
			command = args.remove(0);
			return switch (command) {
			case "validate" -> new ValidateCommand(err).run(args);
			case "demo" -> new DemoCommand(out, err).run(args);
			case "sample" -> new SampleCommand(out, err).run(args);
			case "lsp" -> new LspCommand(System.in, out, err).run(args);
			case "export" -> new ExportCommand(out, err).run(args);
			case "generate" -> new GenerateCommand(err).run(args);
			case "import" -> new ImportCommand(err).run(args);
			case "status" -> new StatusCommand(out).run(args);
			case "check-deadlines" -> new CheckDeadlinesCommand(out, err).run(args);
			case "report" -> {
				err.println(NLS.bind(Messages.notYetAvailable, command));
				yield USAGE;
			}
			default -> {
				err.println(NLS.bind(Messages.unknownCommand, command));
				err.printLines(Messages.usage);
				yield USAGE;
			}
			};
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return INTERNAL_ERROR;
		} catch (UsageException e) {
			if (e.getMessage() != null) {
				err.println(e.getMessage());
			}
			if (e.usage() != null) {
				err.printLines(e.usage());
			}
			return USAGE;
		} catch (ConceptFiles.PathRefused e) {
			err.println(refusal(e));
			return USAGE;
		} catch (StoreUrlException e) {
			err.println(e.getMessage()); // a --store URL the store refuses: a usage error
			return USAGE;
		} catch (StoreException e) {
			err.println(e.getMessage());
			return INPUT_ERRORS;
		} catch (RuntimeException | Error e) {
			Path log = logInternalError(command, e);
			err.println(log == null ? NLS.bind(Messages.internalErrorNotLogged, e.getClass().getSimpleName())
					: NLS.bind(Messages.internalError, e.getClass().getSimpleName(), log));
			return INTERNAL_ERROR;
		}
	}

	/** A path given for concept files that is none: a usage error. */
	private static String refusal(ConceptFiles.PathRefused e) {
		return switch (e.reason()) {
		case MISSING -> NLS.bind(Messages.noSuchFile, e.path());
		case NO_CONCEPT_FILES -> NLS.bind(Messages.noConceptFiles, e.path());
		case UNREADABLE -> NLS.bind(Messages.cannotRead, e.path(), e.getMessage());
		};
	}

	/** {@code tilsyn help}, {@code --help}, {@code -h}. */
	private static final List<String> HELP = List.of("help", "--help", "-h");

	/** The stack trace goes to the log in the data folder, never to the terminal; null: not logged. */
	private static Path logInternalError(String command, Throwable e) {
		Path log = StoreLocations.dataFolder().resolve("tilsyn-cli.log");
		StringWriter trace = new StringWriter();
		e.printStackTrace(new PrintWriter(trace));
		try {
			Files.createDirectories(log.getParent());
			Files.writeString(log, LocalDateTime.now() + " tilsyn " + command + "\n" + trace + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException ignored) {
			return null; // nowhere to log: the short message on stderr is all the user gets
		}
		return log;
	}
}
