package dk.tilsyn.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.gson.Gson;

import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.XtextLanguage;
import dk.tilsyn.editor.XtextLanguages;

/**
 * Quick fixes (Ctrl+1 in the editor, Quick Fix in the Problems view) for the problem markers:
 * the language's code actions for the marker's issue, applied to the file's buffer.
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {
	private static final Gson GSON = new Gson();

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(Markers.CODE, null) != null && marker.getResource() instanceof IFile file
				&& XtextLanguages.forFile(file).isPresent();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		try {
			return fixes(marker).toArray(IMarkerResolution[]::new);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("No quick fixes for " + marker, e);
			return new IMarkerResolution[0];
		}
	}

	/** The fixes of a marker's issue, computed on the file's text as it is now. */
	public static List<IMarkerResolution> fixes(IMarker marker) throws CoreException {
		IFile file = (IFile) marker.getResource();
		XtextLanguage language = XtextLanguages.forFile(file).orElseThrow();
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			String text = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument().get();
			URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
			DocumentAnalysis analysis = DocumentAnalysis.parseOnly(language, uri, text);
			int start = Math.min(marker.getAttribute(IMarker.CHAR_START, 0), text.length());
			int end = Math.min(Math.max(start, marker.getAttribute(IMarker.CHAR_END, start)), text.length());
			Diagnostic diagnostic = new Diagnostic(new Range(Lsp.position(analysis, start), Lsp.position(analysis, end)),
					marker.getAttribute(IMarker.MESSAGE, ""),
					marker.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR ? DiagnosticSeverity.Error
							: DiagnosticSeverity.Warning,
					language.name(), marker.getAttribute(Markers.CODE, null));
			diagnostic.setData(GSON.toJsonTree(Markers.data(marker)));
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setDocument(analysis.document());
			options.setResource(analysis.resource());
			options.setURI(uri.toString());
			options.setLanguageServerAccess(new InProcess(analysis));
			options.setCancelIndicator(CancelIndicator.NullImpl);
			options.setCodeActionParams(new CodeActionParams(Lsp.id(analysis), diagnostic.getRange(),
					new CodeActionContext(List.of(diagnostic))));
			List<IMarkerResolution> fixes = new ArrayList<>();
			for (Either<Command, CodeAction> action : language.get(ICodeActionService2.class).getCodeActions(options)) {
				if (action.isRight() && action.getRight().getEdit() != null
						&& action.getRight().getEdit().getChanges() != null) {
					List<TextEdit> edits = action.getRight().getEdit().getChanges().getOrDefault(uri.toString(), List.of());
					if (!edits.isEmpty()) {
						fixes.add(new Fix(action.getRight().getTitle(), file, analysis, edits));
					}
				}
			}
			return fixes;
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	/** One code action's edits, applied to the file's buffer if it still has the text they were made for. */
	private record Fix(String label, IFile file, DocumentAnalysis analysis, List<TextEdit> edits)
			implements IMarkerResolution {
		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
			try {
				buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					IDocument document = buffer.getDocument();
					if (!document.get().equals(analysis.text())) {
						return; // typed on since the fix was offered: the new marker offers it again
					}
					boolean wasDirty = buffer.isDirty();
					Lsp.apply(analysis, edits, document);
					if (!wasDirty && !isOpen(buffer)) {
						buffer.commit(null, false);
					}
				} finally {
					buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (CoreException | BadLocationException e) {
				ILog.of(QuickFixes.class).error("Quick fix " + label + " failed on " + file.getFullPath(), e);
			}
		}

		/** A buffer an editor has open keeps the fix unsaved, like the lawyer's own edits. */
		private static boolean isOpen(ITextFileBuffer buffer) {
			return buffer.isShared();
		}
	}

	/** What the IDE services ask of a language server, answered from one analysis. */
	private static final class InProcess implements ILanguageServerAccess {
		private final DocumentAnalysis analysis;

		InProcess(DocumentAnalysis analysis) {
			this.analysis = analysis;
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return analysis.resource().getResourceSet();
		}

		@Override
		public InitializeParams getInitializeParams() {
			WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
			edits.setDocumentChanges(false);
			WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
			workspace.setWorkspaceEdit(edits);
			InitializeParams params = new InitializeParams();
			params.setCapabilities(new ClientCapabilities(workspace, null, null));
			return params;
		}

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			return CompletableFuture.completedFuture(doSyncRead(uri, function));
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			return function.apply(new Context(analysis.resource(), analysis.document(), false, CancelIndicator.NullImpl));
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			return CompletableFuture.failedFuture(new UnsupportedOperationException("no index in the editor"));
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
			// the editor does not build
		}

		@Override
		public LanguageClient getLanguageClient() {
			return null;
		}

		@Override
		public InitializeResult getInitializeResult() {
			return new InitializeResult();
		}
	}
}
