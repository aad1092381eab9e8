package dk.tilsyn.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.core.runtime.ILog;

import dk.tilsyn.editor.internal.Markers;
import dk.tilsyn.editor.internal.SemanticHighlighter;
import dk.tilsyn.editor.internal.WorkspaceProblems;

/**
 * Problems as you type for the generic editor ({@code reconcilers}): a short pause after the
 * last keystroke, the document is analysed in the background (parse, link, validate, semantic
 * highlighting); the issues become problem markers and the highlighting is laid over the text.
 */
public class XtextReconciler extends MonoReconciler {
	/** The pause after the last keystroke before the document is analysed. */
	public static final int DELAY_MS = 150;

	private static final OperationCanceledManager CANCELLATION = new OperationCanceledManager();

	/** How a document is analysed: {@link DocumentAnalysis#analyze}, unless a test puts a failing one in. */
	@FunctionalInterface
	public interface Analysis {
		DocumentAnalysis analyze(XtextLanguage language, URI uri, String text, CancelIndicator cancel);
	}

	private static final Analysis STANDARD = DocumentAnalysis::analyze;
	private static volatile Analysis inUse = STANDARD;

	/**
	 * For tests: every analysis, of open files (the editors) and of closed ones (see
	 * WorkspaceProblems), goes through {@code replacement} from now on (null: the standard
	 * analysis again). Returns the analysis used until now.
	 */
	public static Analysis useAnalysis(Analysis replacement) {
		Analysis previous = inUse;
		inUse = replacement == null ? STANDARD : replacement;
		return previous;
	}

	/** The analysis in use (the standard one unless a test put another in). */
	public static Analysis analysis() {
		return inUse;
	}

	private final Strategy strategy;

	public XtextReconciler() {
		this(new Strategy());
	}

	private XtextReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(DELAY_MS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.viewer = textViewer;
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		strategy.dispose();
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		ITextViewer viewer;
		private XtextDocument document;
		private SemanticHighlighter highlighter;
		private IProgressMonitor monitor;
		/** The file this editor's markers are kept for (see Markers.opened). */
		private IFile registered;

		@Override
		public void setDocument(IDocument document) {
			XtextDocument previous = this.document;
			this.document = XtextDocument.of(document).orElse(null);
			if (this.document == previous) {
				return;
			}
			if (registered != null) {
				Markers.closed(registered);
				registered = null;
			}
			if (this.document != null && this.document.file() != null) {
				registered = this.document.file();
				Markers.opened(registered);
			}
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			analyse();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			analyse();
		}

		@Override
		public void reconcile(IRegion partition) {
			analyse();
		}

		/**
		 * One analysis. No throwable may escape: the reconciler's thread would end and the editor
		 * would check nothing more until reopened (markers frozen, the preview too). Xtext cancels
		 * with an Error (OperationCanceledError), and a deep text can overflow the stack, so
		 * Throwable it is. Cancellation is ordinary (typing during an analysis cancels it, and
		 * the next one follows the pause); anything else is logged, and the next change is
		 * analysed again.
		 */
		private void analyse() {
			try {
				analyseOrThrow();
			} catch (Throwable e) { // NOSONAR see above: the thread must survive whatever the analysis throws
				if (!CANCELLATION.isOperationCanceledException(e)) {
					ILog.of(XtextReconciler.class).error("Analysis of " + (document == null ? "?" : document.uri())
							+ " failed; the next change analyses again", e);
				}
			}
		}

		private void analyseOrThrow() {
			XtextDocument target = document;
			if (target == null || target.document() == null) {
				return;
			}
			DocumentAnalysis analysis = inUse.analyze(target.language(), target.uri(),
					target.document().get(), () -> monitor != null && monitor.isCanceled());
			if (monitor != null && monitor.isCanceled()) {
				return;
			}
			target.publish(analysis);
			if (target.file() != null) {
				Markers.update(target.file(), analysis.issues(), target.language().name());
			}
			Control control = viewer == null ? null : viewer.getTextWidget();
			Display display = control == null || control.isDisposed() ? null : control.getDisplay();
			if (display != null && !display.isDisposed()) {
				display.asyncExec(() -> {
					if (control.isDisposed()) {
						return;
					}
					if (highlighter == null) {
						highlighter = new SemanticHighlighter(viewer, target.language());
					}
					highlighter.show(analysis);
				});
			}
		}

		void dispose() {
			SemanticHighlighter shown = highlighter;
			if (shown != null && viewer != null && viewer.getTextWidget() != null
					&& !viewer.getTextWidget().isDisposed()) {
				viewer.getTextWidget().getDisplay().asyncExec(shown::dispose);
			}
			if (registered != null) {
				WorkspaceProblems.checkClosed(registered);
			}
		}
	}
}
