/** Opens GraphiQL with the question the product exists for. */
export const KIDAL_SUPPORT_QUERY = `# Who supported the Malian army in the capture of Kidal (November 2023), with what, how sure, and who says so?
query KidalSupport {
  supports(filter: { operation: "op-kidal-2023", recipient: "mali", rollUp: true }, first: 20) {
    totalCount
    edges {
      node {
        subject { name }
        object { name }
        supportType
        materiel
        certainty
        officiallyAcknowledged
        alternatives { supportType materiel }
        corroboration { articles publishers }
        evidences {
          quote
          hedge
          article { publisher publishedAt }
          sources { name }
        }
      }
    }
  }
}
`;
