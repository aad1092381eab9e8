package dk.tilsyn.lang.resource;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.util.LineAndColumn;

import dk.tilsyn.lang.parser.BoundedParseResult;
import dk.tilsyn.lang.parser.NestingLimits;

/**
 * A concept file as a resource: one syntax error per line (ANTLR's recovery reports the
 * follow-ups of one mistake too), and the errors of {@link NestingLimits} where a condition
 * passed a limit.
 */
public class TilsynResource extends LazyLinkingResource {

	@Override
	protected void addSyntaxErrors() {
		super.addSyntaxErrors();
		IParseResult result = getParseResult();
		if (!isValidationDisabled() && result instanceof BoundedParseResult bounded && result.getRootNode() != null) {
			for (NestingLimits.Refusal refusal : bounded.refusals()) {
				getErrors().add(new RefusalDiagnostic(result.getRootNode(), refusal));
			}
		}
	}

	@Override
	protected void addSyntaxDiagnostic(List<Resource.Diagnostic> diagnostics, INode node) {
		int line = node.getStartLine();
		if (diagnostics.stream().noneMatch(d -> d.getLine() == line)) {
			super.addSyntaxDiagnostic(diagnostics, node);
		}
	}

	/** An error at an offset of the text (no node of its own: that part was not parsed). */
	static final class RefusalDiagnostic extends AbstractDiagnostic {
		private final ICompositeNode root;
		private final NestingLimits.Refusal refusal;
		private final LineAndColumn start;

		RefusalDiagnostic(ICompositeNode root, NestingLimits.Refusal refusal) {
			this.root = root;
			this.refusal = refusal;
			this.start = NodeModelUtils.getLineAndColumn(root, refusal.offset());
		}

		@Override
		protected INode getNode() {
			return root;
		}

		@Override
		public String getCode() {
			return refusal.code();
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return refusal.message();
		}

		@Override
		public int getOffset() {
			return refusal.offset();
		}

		@Override
		public int getLength() {
			return refusal.length();
		}

		@Override
		public int getLine() {
			return start.getLine();
		}

		@Override
		public int getColumn() {
			return start.getColumn();
		}

		@Override
		public int getLineEnd() {
			return start.getLine();
		}

		@Override
		public int getColumnEnd() {
			return start.getColumn() + refusal.length();
		}
	}
}
