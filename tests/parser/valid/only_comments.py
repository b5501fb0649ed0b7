# only comments and blank lines

   
	
# end