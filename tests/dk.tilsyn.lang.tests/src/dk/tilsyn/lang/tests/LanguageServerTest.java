package dk.tilsyn.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.lang.ide.server.TilsynLanguageServer;

/**
 * The language server as an editor sees it: an lsp4j client talks JSON-RPC to it over a pair of
 * streams (the same protocol `tilsyn lsp` speaks on stdin/stdout).
 */
class LanguageServerTest {
	@TempDir
	Path folder;

	private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
	private LanguageServer server;
	private PipedOutputStream toServer;
	private PipedOutputStream fromServer;
	private Future<Void> clientListening;

	@BeforeEach
	void start() throws Exception {
		Files.writeString(folder.resolve("lovgrundlag.tilsyn"),
				ReferenceConceptTest.read("dk.tilsyn.concept.kk2018", "concept/lovgrundlag.tilsyn"));
		// the workspace holds what a hostile folder may: a pipe, a link to a device, a link upwards
		Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.tilsyn").toString()).start();
		assertEquals(0, mkfifo.waitFor());
		Files.createSymbolicLink(folder.resolve("zero.tilsyn"), Path.of("/dev/zero"));
		Files.createSymbolicLink(folder.resolve("op"), folder);
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		fromServer = serverOut;
		TilsynLanguageServer.start(serverIn, serverOut);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
		clientListening = launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams init = new InitializeParams();
		init.setCapabilities(new ClientCapabilities());
		init.setRootUri(folder.toUri().toString());
		server.initialize(init).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	@AfterEach
	void stop() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
		toServer.close();
		// both directions closed, so no listener is left reading a pipe whose writer has ended
		fromServer.close();
		clientListening.cancel(true);
	}

	private String open(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		String uri = file.toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tilsyn", 1, text)));
		return uri;
	}

	private List<Diagnostic> diagnostics(String uri) throws InterruptedException {
		while (true) {
			PublishDiagnosticsParams p = published.poll(60, TimeUnit.SECONDS);
			assertNotNull(p, "diagnostics for " + uri);
			if (p.getUri().equals(uri)) {
				return p.getDiagnostics();
			}
		}
	}

	private static String code(Diagnostic d) {
		return d.getCode() == null ? null : d.getCode().getLeft();
	}

	@Test
	void diagnosticsArriveOnOpen() throws Exception {
		String uri = open("fejl.tilsyn", """
				koncept k "K"
				importer "lovgrundlag.tilsyn"
				regel r "R" {
					SEL § 50: fra undersoegelse_besluttet til undersoegelse_afsluttet inden 4 måneder
				}
				""");
		List<Diagnostic> diagnostics = diagnostics(uri);
		assertEquals(1, diagnostics.size(), diagnostics::toString);
		assertEquals("dk.tilsyn.lang.missing_rounding", code(diagnostics.get(0)));
		assertEquals(3, diagnostics.get(0).getRange().getStart().getLine());
	}

	/** Initialisation above ended although the workspace has a pipe and a device named *.tilsyn. */
	@Test
	void aPipeInTheWorkspaceIsNeitherReadNorImported() throws Exception {
		String uri = open("roer.tilsyn", "koncept k \"K\"\nimporter \"pipe.tilsyn\"\n");
		List<Diagnostic> diagnostics = diagnostics(uri);
		assertEquals(List.of("dk.tilsyn.lang.import_not_found"), diagnostics.stream().map(LanguageServerTest::code).toList());
		assertEquals(1, diagnostics.get(0).getRange().getStart().getLine());
	}

	@Test
	void questionIdsAreCompletedInsideACondition() throws Exception {
		String uri = open("betingelse.tilsyn", """
				koncept k "K"
				sagstrin s "S" {
					spørgsmål afgjort "Er der truffet afgørelse?"
					spørgsmål begrundet "Hvis ja, er den begrundet?" hvis\s
				}
				""");
		diagnostics(uri);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 55));
		var result = server.getTextDocumentService().completion(params).get(30, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("afgjort"), () -> "question ids offered: " + labels);
		assertTrue(labels.contains("alder"), () -> "case facts offered too: " + labels);
	}

	/** The text before the cursor nests far beyond the limits: content assist still answers. */
	@Test
	void completionAnswersAfterTenThousandParentheses() throws Exception {
		String condition = "\tspørgsmål b \"B?\" hvis " + "(".repeat(10_000);
		String uri = open("dyb.tilsyn", "koncept k \"K\"\nsagstrin s \"S\" {\n\tspørgsmål a \"A?\"\n" + condition + "\n}\n");
		List<Diagnostic> diagnostics = diagnostics(uri);
		assertTrue(diagnostics.stream().anyMatch(d -> "dk.tilsyn.lang.nesting_too_deep".equals(code(d))),
				diagnostics::toString);
		var result = server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, condition.length())))
				.get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		assertFalse(items.isEmpty(), "proposals after the parentheses");
	}

	@Test
	void aHoverOnAQuestionShowsItsTextAndLawReference() throws Exception {
		String uri = open("hover.tilsyn", """
				koncept k "K"
				importer "lovgrundlag.tilsyn"
				sagstrin s "S" {
					spørgsmål a1 "Er der truffet afgørelse om anbringelse?" jf. SEL § 52, stk. 3, nr. 7
					spørgsmål a2 "Hvis nej, hvorfor ikke?" hvis a1 = nej
				}
				""");
		diagnostics(uri);
		Hover hover = server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 45))).get(30, TimeUnit.SECONDS);
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("Er der truffet afgørelse om anbringelse?"), text);
		assertTrue(text.contains("SEL § 52, stk. 3, nr. 7"), text);
	}

	/** Asks for the quick fixes of the diagnostics and applies the one with the label. */
	private String fix(String uri, String text, String label) throws Exception {
		List<Diagnostic> diagnostics = diagnostics(uri);
		assertFalse(diagnostics.isEmpty());
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri),
				diagnostics.get(0).getRange(), new CodeActionContext(diagnostics));
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(params).get(30,
				TimeUnit.SECONDS);
		CodeAction action = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> a.getTitle().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " not among " + actions));
		Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
		String fixed = apply(text, changes.get(uri));
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(fixed))));
		return fixed;
	}

	@Test
	void quickFixAddsRoundingDown() throws Exception {
		String text = """
				koncept k "K"
				importer "lovgrundlag.tilsyn"
				regel r "R" {
					SEL § 50: fra undersoegelse_besluttet til undersoegelse_afsluttet inden 4 måneder
				}
				""";
		String uri = open("runding.tilsyn", text);
		String fixed = fix(uri, text, "Tilføj \"afrundet ned\" (en manglende dag falder på månedens sidste dag)");
		assertTrue(fixed.contains("inden 4 måneder afrundet ned"), fixed);
		assertTrue(diagnostics(uri).isEmpty(), "the fixed concept has no issue");
	}

	@Test
	void quickFixDeclaresAMissingEvent() throws Exception {
		String text = """
				koncept k "K"
				lov SEL "Serviceloven"
				hændelse a "A" dato
				regel r "R" {
					SEL § 1: samtale_holdt senest ved a
				}
				""";
		String uri = open("haendelse.tilsyn", text);
		String fixed = fix(uri, text, "Erklær hændelsen (som dato)");
		assertTrue(fixed.endsWith("hændelse samtale_holdt \"samtale_holdt\" dato\n"), fixed);
		assertTrue(diagnostics(uri).isEmpty(), "the fixed concept has no issue");
	}

	@Test
	void quickFixRenamesADuplicateId() throws Exception {
		String text = """
				koncept k "K"
				sagstrin s "S" {
					spørgsmål q1 "Et?"
					spørgsmål q1 "To?"
				}
				""";
		String uri = open("dublet.tilsyn", text);
		String fixed = fix(uri, text, "Omdøb til et ledigt id");
		assertTrue(fixed.contains("spørgsmål q1_2 \"To?\""), fixed);
		assertTrue(diagnostics(uri).isEmpty(), "the fixed concept has no issue");
	}

	@Test
	void formattingIsOfferedByTheServer() throws Exception {
		String text = "koncept k \"K\" sagstrin s \"S\" { spørgsmål q1 \"Et?\" }\n";
		String uri = open("format.tilsyn", text);
		diagnostics(uri);
		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false)))
				.get(30, TimeUnit.SECONDS);
		String formatted = apply(text, new ArrayList<>(edits));
		assertTrue(formatted.contains("\n\nsagstrin s \"S\" {\n"), formatted);
	}

	private List<Location> definition(String uri, int line, int character) throws Exception {
		Either<List<? extends Location>, List<? extends LocationLink>> result = server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
				.get(30, TimeUnit.SECONDS);
		return result.isLeft() ? new ArrayList<>(result.getLeft())
				: result.getRight().stream().map(l -> new Location(l.getTargetUri(), l.getTargetSelectionRange())).toList();
	}

	@Test
	void goToDefinitionFindsAQuestionInTheSameFile() throws Exception {
		String uri = open("definition.tilsyn", """
				koncept k "K"
				sagstrin s "S" {
					spørgsmål afgjort "Er der truffet afgørelse?"
					spørgsmål begrundet "Er den begrundet?" hvis afgjort = ja
				}
				""");
		diagnostics(uri);
		String line = "\tspørgsmål begrundet \"Er den begrundet?\" hvis afgjort = ja";
		List<Location> found = definition(uri, 3, line.indexOf("afgjort") + 2);
		assertEquals(1, found.size(), found::toString);
		assertEquals(uri, found.get(0).getUri());
		assertEquals(2, found.get(0).getRange().getStart().getLine());
		assertEquals("\tspørgsmål ".length(), found.get(0).getRange().getStart().getCharacter());
	}

	@Test
	void goToDefinitionFollowsAnImport() throws Exception {
		String uri = open("frist.tilsyn", """
				koncept k "K"
				importer "lovgrundlag.tilsyn"
				sagstrin s "S" {
					spørgsmål u01 "Er 24 timers frist overholdt?" frist underretning_24t
				}
				""");
		diagnostics(uri);
		String line = "\tspørgsmål u01 \"Er 24 timers frist overholdt?\" frist underretning_24t";
		List<Location> found = definition(uri, 3, line.indexOf("underretning_24t") + 3);
		assertEquals(1, found.size(), found::toString);
		assertTrue(found.get(0).getUri().endsWith("/lovgrundlag.tilsyn"), found.get(0).getUri());
		List<String> library = Files.readAllLines(folder.resolve("lovgrundlag.tilsyn"));
		int declared = found.get(0).getRange().getStart().getLine();
		assertTrue(library.get(declared).startsWith("regel underretning_24t "), library.get(declared));
	}

	@Test
	void referencesListEveryUseOfAQuestion() throws Exception {
		String uri = open("henvisninger.tilsyn", """
				koncept k "K"
				sagstrin s "S" {
					spørgsmål afgjort "Er der truffet afgørelse?"
					spørgsmål begrundet "Er den begrundet?" hvis afgjort = ja
					spørgsmål klaget "Er der klaget?" hvis afgjort = nej og begrundet = ja
				}
				""");
		diagnostics(uri);
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(uri),
				new Position(2, "\tspørgsmål a".length()), new ReferenceContext(false));
		List<? extends Location> found = server.getTextDocumentService().references(params).get(30, TimeUnit.SECONDS);
		List<Integer> lines = found.stream().map(l -> l.getRange().getStart().getLine()).sorted().toList();
		assertEquals(List.of(3, 4), lines, found::toString);
		for (Location location : found) {
			assertEquals(uri, location.getUri());
			assertEquals("afgjort".length(), location.getRange().getEnd().getCharacter()
					- location.getRange().getStart().getCharacter());
		}
	}

	/** Applies edits that all refer to the original text, as LSP specifies: last first. */
	private static String apply(String text, List<TextEdit> edits) {
		Document document = new Document(1, text);
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort((a, b) -> Integer.compare(document.getOffSet(b.getRange().getStart()),
				document.getOffSet(a.getRange().getStart())));
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}

	private final class Client implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
