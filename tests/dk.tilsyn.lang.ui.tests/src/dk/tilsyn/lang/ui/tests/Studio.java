package dk.tilsyn.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;

import dk.tilsyn.editor.XtextDocument;

/** The running Tilsyn Studio workbench, driven directly through SWT and the workbench API. */
final class Studio {
	static final String PROJECT = "koncepter";

	private Studio() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** A fresh project with the reference concept and its library, as the build has them. */
	static IProject freshProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (String name : new String[] { "kk2018.tilsyn", "lovgrundlag.tilsyn" }) {
			project.getFile(name).create(new ByteArrayInputStream(reference(name).getBytes(StandardCharsets.UTF_8)), true, null);
		}
		return project;
	}

	/** A file of the reference concept plugin, as committed. */
	static String reference(String name) throws IOException {
		try (InputStream in = Platform.getBundle("dk.tilsyn.concept.kk2018").getEntry("concept/" + name).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static ITextEditor open(IFile file) throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), file);
		waitFor("the first analysis of " + file.getName(), () -> analysedAsShown(editor));
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static XtextDocument xtext(ITextEditor editor) {
		return XtextDocument.of(document(editor)).orElseThrow(() -> new AssertionError("not an Xtext document"));
	}

	static StyledText text(ITextEditor editor) {
		return (StyledText) editor.getAdapter(Control.class);
	}

	static ISourceViewer viewer(ITextEditor editor) throws Exception {
		Method method = AbstractTextEditor.class.getDeclaredMethod("getSourceViewer");
		method.setAccessible(true);
		return (ISourceViewer) method.invoke(editor);
	}

	/** Whether the newest analysis is of the text the editor shows. */
	static boolean analysedAsShown(ITextEditor editor) {
		XtextDocument document = XtextDocument.of(document(editor)).orElse(null);
		return document != null && document.latest() != null && document.latest().text().equals(document(editor).get());
	}

	static IMarker[] problems(IResource file) {
		try {
			return file.findMarkers("dk.tilsyn.editor.problem", true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Types as a lawyer does: the text replaces the range in the editor's widget. */
	static void type(ITextEditor editor, int offset, int length, String text) {
		StyledText widget = text(editor);
		widget.setSelection(offset, offset + length);
		widget.insert(text);
		widget.setCaretOffset(offset + text.length());
	}

	/** Runs the event loop until the condition holds (30 s at most). */
	static void waitFor(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 30_000;
		Display display = display();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("waited 30 s for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Lets the UI settle: pending events and repaints. */
	static void settle(int millis) {
		long end = System.currentTimeMillis() + millis;
		Display display = display();
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** A PNG of the workbench window (and what floats over it) into target/screenshots. */
	static Path screenshot(String name) throws Exception {
		Shell shell = shell();
		shell.forceActive();
		// Xvfb has no window manager to keep dialogs and popups above their window
		for (Shell other : display().getShells()) {
			if (other != shell && other.isVisible()) {
				other.moveAbove(null);
			}
		}
		settle(400);
		Rectangle bounds = shell.getBounds();
		Display display = display();
		GC gc = new GC(display);
		Image image = new Image(display, bounds.width, bounds.height);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		Path out = Path.of(System.getProperty("tilsyn.test.output", "target"), "screenshots", name);
		Files.createDirectories(out.getParent());
		loader.save(out.toString(), SWT.IMAGE_PNG);
		assertTrue(Files.size(out) > 1000, "a screenshot was written: " + out);
		return out;
	}
}
