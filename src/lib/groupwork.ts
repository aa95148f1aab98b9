/** The functie of group modules: their pages link to the indications for groepswerk. */
export const groupworkFunctie = 'groepswerk-training';

/** The background page (content/paginas/indicaties-groepswerk.mdx) on indications and contra-indications for groepswerk. */
export const groupworkIndicationsPage = 'indicaties-groepswerk';

/** The background page on the source of most method pages, the 2012 handreiking for integral teams. */
export const integralTeamPage = 'integraal-wijkteam';
