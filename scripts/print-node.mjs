// Prints the Node.js running the npm scripts, and stops early if it is not the project's own.
const major = Number(process.versions.node.split('.')[0]);
console.log(`Node.js ${process.version} (${process.execPath})`);
if (major < 22) {
	console.error(
		'This project needs the Node.js 24 that `npm ci` installs into node_modules; run it through npm scripts.',
	);
	process.exit(1);
}
