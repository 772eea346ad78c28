// Starts GraphiQL with its editor workers served by this service (no CDN), options from the page.
const workers = {
  editorWorkerService: '/assets/graphiql/editor.worker.js',
  json: '/assets/graphiql/json.worker.js',
  graphql: '/assets/graphiql/graphql.worker.js',
};
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId, label) => workers[label] ?? workers.editorWorkerService,
};
const options = JSON.parse(document.getElementById('graphiql-options').textContent);
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
