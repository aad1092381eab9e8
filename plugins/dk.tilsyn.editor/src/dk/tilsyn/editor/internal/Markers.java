package dk.tilsyn.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.Gson;

/**
 * The validator's issues as problem markers: the editor shows them as annotations, the
 * Problems view lists them, and their quick fixes come from the language's code actions.
 */
public final class Markers {
	public static final String PROBLEM = "dk.tilsyn.editor.problem";
	/** The issue code (see the language's IssueCodes). */
	public static final String CODE = "code";
	/** The issue data as a JSON array of strings. */
	public static final String DATA = "data";
	public static final String COLUMN = "column";

	private static final Gson GSON = new Gson();
	private static final Map<IFile, List<Map<String, Object>>> SHOWN = new HashMap<>();
	/** Files an editor has open: their markers come from the editor's text, not from the file. */
	private static final Map<IFile, Integer> OPEN = new HashMap<>();

	private Markers() {
	}

	/** An editor opened the file: from now on only its analyses set the file's markers. */
	public static void opened(IFile file) {
		synchronized (SHOWN) {
			OPEN.merge(file, 1, Integer::sum);
		}
	}

	public static void closed(IFile file) {
		synchronized (SHOWN) {
			OPEN.computeIfPresent(file, (f, n) -> n > 1 ? n - 1 : null);
			SHOWN.remove(file);
		}
	}

	/** The markers of a file no editor has open, from its saved text; ignored once an editor has it. */
	public static void updateClosed(IFile file, List<Issue> issues, String languageName) {
		update(file, issues, languageName, false);
	}

	/** Replaces the file's problem markers with the issues of the editor's text. */
	public static void update(IFile file, List<Issue> issues, String languageName) {
		update(file, issues, languageName, true);
	}

	/** Replaces the file's problem markers with the issues, unless they are the ones shown already. */
	private static void update(IFile file, List<Issue> issues, String languageName, boolean fromEditor) {
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE || issue.getOffset() == null) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
			attributes.put(IMarker.LINE_NUMBER, line);
			attributes.put(IMarker.LOCATION, NLS.bind(Messages.location, line,
					issue.getColumn() == null ? 1 : issue.getColumn()));
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
			attributes.put(IMarker.SOURCE_ID, languageName);
			if (issue.getColumn() != null) {
				attributes.put(COLUMN, issue.getColumn());
			}
			if (issue.getCode() != null) {
				attributes.put(CODE, issue.getCode());
				attributes.put(DATA, GSON.toJson(issue.getData() == null ? new String[0] : issue.getData()));
			}
			wanted.add(attributes);
		}
		synchronized (SHOWN) {
			// a closed file's check yields to an editor; an editor's late analysis to its closing
			if (fromEditor != OPEN.containsKey(file) || Objects.equals(SHOWN.get(file), wanted) && file.exists()) {
				return;
			}
			SHOWN.put(file, wanted);
		}
		try {
			// markers need no lock on the file (a build or refresh must not hold up typing); the
			// check inside decides between an editor and the check of closed files
			ResourcesPlugin.getWorkspace().run(monitor -> {
				boolean stale;
				synchronized (SHOWN) {
					stale = fromEditor != OPEN.containsKey(file);
					if (stale) {
						SHOWN.remove(file); // not written: the next update must write
					}
				}
				if (!file.exists() || stale) {
					return;
				}
				file.deleteMarkers(PROBLEM, true, IResource.DEPTH_ZERO);
				for (Map<String, Object> attributes : wanted) {
					file.createMarker(PROBLEM, attributes);
				}
			}, file.getWorkspace().getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(Markers.class).error("Markers of " + file.getFullPath() + " not updated", e);
		}
	}

	/** The file is gone: whatever comes at its place gets its markers written. */
	public static void forget(IFile file) {
		synchronized (SHOWN) {
			SHOWN.remove(file);
		}
	}

	public static String[] data(IMarker marker) {
		String json = marker.getAttribute(DATA, null);
		return json == null ? new String[0] : GSON.fromJson(json, String[].class);
	}
}
