package dk.tilsyn.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dk.tilsyn.lang.ide.server.TilsynLanguageServer;

/**
 * {@code tilsyn lsp}: the concept language's language server on stdin/stdout, for any editor
 * that speaks LSP. Anything else printed goes to stderr so the protocol stream stays clean.
 * Input that is not the protocol (a person typing, a file piped in by mistake) ends the server
 * with one message and exit 1 ({@link LspInput}); the protocol library's own complaints are one
 * line each on stderr, without stack traces.
 */
final class LspCommand {
	private final InputStream in;
	private final PrintStream protocol;
	private final PrintStream err;

	LspCommand(InputStream in, PrintStream protocol, PrintStream err) {
		this.in = in;
		this.protocol = protocol;
		this.err = err;
	}

	int run(List<String> args) throws InterruptedException {
		Options.noMoreOptions(args);
		if (!args.isEmpty()) {
			throw UsageException.usage(Messages.lspUsage);
		}
		PrintStream stdout = System.out;
		Logger lsp4j = Logger.getLogger("org.eclipse.lsp4j");
		Handler oneLine = new Handler() {
			@Override
			public void publish(LogRecord record) {
				if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
					err.println("tilsyn lsp: " + record.getMessage());
				}
			}

			@Override
			public void flush() {
				err.flush();
			}

			@Override
			public void close() {
				// err is the command line's, not the handler's
			}
		};
		boolean parentHandlers = lsp4j.getUseParentHandlers();
		lsp4j.setUseParentHandlers(false);
		lsp4j.addHandler(oneLine);
		System.setOut(err);
		LspInput input = new LspInput(in);
		try {
			TilsynLanguageServer.run(input, protocol);
		} finally {
			System.setOut(stdout);
			lsp4j.removeHandler(oneLine);
			lsp4j.setUseParentHandlers(parentHandlers);
		}
		if (input.problem() != null) {
			err.println(input.problem());
			return Cli.INPUT_ERRORS;
		}
		return Cli.OK;
	}
}
